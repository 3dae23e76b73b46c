package org.vaka.server.billing.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vaka.server.billing.ContractKind;
import org.vaka.server.billing.Contracts;
import org.vaka.server.billing.InvalidBillingInputException;
import org.vaka.server.billing.InvoicingPeriod;
import org.vaka.server.billing.Market;
import org.vaka.server.billing.NewContract;
import org.vaka.server.billing.OneOffItem;
import org.vaka.server.billing.PaymentMethod;
import org.vaka.server.identity.Role;
import org.vaka.server.identity.StaffPrincipal;

/**
 * Contracts: operators read them and ask when notice would end one; administrators open them, record notice and add
 * one-off charges.
 */
@RestController
@RequestMapping("/api/v1/contracts")
class ContractApi {

    private final Contracts contracts;

    ContractApi(Contracts contracts) {
        this.contracts = contracts;
    }

    @GetMapping
    ResponseEntity<?> forAccount(@AuthenticationPrincipal StaffPrincipal caller, @RequestParam(required = false) String account) {
        if (account == null || account.isBlank()) {
            throw new InvalidBillingInputException("account", "the panel account is required: ?account=1234");
        }
        return contracts.forAccount(caller.tenantId(), account.strip()).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> notFound("no panel account " + account));
    }

    @GetMapping("/{id}")
    ResponseEntity<?> one(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long id) {
        return contracts.byId(caller.tenantId(), id).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> notFound("no contract " + id));
    }

    /** The moves the customer reported in the portal, newest first. */
    @GetMapping("/{id}/moves")
    ResponseEntity<?> moves(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long id) {
        return contracts.byId(caller.tenantId(), id)
                .<ResponseEntity<?>>map(c -> ResponseEntity.ok(contracts.moves(caller.tenantId(), c.id())))
                .orElseGet(() -> notFound("no contract " + id));
    }

    /** Enums and days are read here rather than by Jackson, so a wrong one is answered with its field. */
    record ContractInput(Long siteId, String market, String kind, String activatedOn, Integer bindingMonths,
                         String invoicingPeriod, String paymentMethod, Long monthlyFee, Long monthlyRental) {
    }

    @PostMapping
    ResponseEntity<?> open(@AuthenticationPrincipal StaffPrincipal caller, @RequestBody ContractInput in) {
        if (in.siteId() == null) {
            throw new InvalidBillingInputException("siteId", "the site is required");
        }
        NewContract contract = new NewContract(in.siteId(), value(Market.class, in.market(), "market"),
                value(ContractKind.class, in.kind(), "kind"), day(in.activatedOn(), "activatedOn"),
                in.bindingMonths() == null ? 0 : in.bindingMonths(),
                value(InvoicingPeriod.class, in.invoicingPeriod(), "invoicingPeriod"),
                value(PaymentMethod.class, in.paymentMethod(), "paymentMethod"),
                in.monthlyFee() == null ? -1 : in.monthlyFee(), in.monthlyRental() == null ? 0 : in.monthlyRental());
        return ResponseEntity.status(HttpStatus.CREATED).body(contracts.open(caller.tenantId(), contract));
    }

    record NoticeInput(String givenOn, Boolean dryRun) {
    }

    @PostMapping("/{id}/notice")
    ResponseEntity<?> notice(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long id, @RequestBody NoticeInput in) {
        LocalDate givenOn = day(in.givenOn(), "givenOn");
        boolean dryRun = Boolean.TRUE.equals(in.dryRun());
        if (!dryRun && caller.role() != Role.ADMIN) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    "only an administrator records notice; operators may ask with \"dryRun\": true"));
        }
        return contracts.giveNotice(caller.tenantId(), id, givenOn, dryRun)
                .<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> notFound("no contract " + id));
    }

    record ChargeInput(String item, String on) {
    }

    @PostMapping("/{id}/charges")
    ResponseEntity<?> charge(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long id, @RequestBody ChargeInput in) {
        OneOffItem item = value(OneOffItem.class, in.item(), "item");
        LocalDate on = day(in.on(), "on");
        return contracts.charge(caller.tenantId(), id, item, on) ? ResponseEntity.status(HttpStatus.CREATED).build()
                : notFound("no contract " + id);
    }

    static <E extends Enum<E>> E value(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidBillingInputException(field, "not one of " + java.util.Arrays.toString(type.getEnumConstants()) + ": " + value);
        }
    }

    static LocalDate day(String value, String field) {
        try {
            return LocalDate.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidBillingInputException(field, "a day is written yyyy-mm-dd: " + value);
        }
    }

    static ResponseEntity<ProblemDetail> notFound(String detail) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail));
    }
}
