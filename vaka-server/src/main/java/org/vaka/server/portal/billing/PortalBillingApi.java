package org.vaka.server.portal.billing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.vaka.server.billing.ContractKind;
import org.vaka.server.billing.ContractView;
import org.vaka.server.billing.Contracts;
import org.vaka.server.billing.InvalidBillingInputException;
import org.vaka.server.billing.InvoiceStatus;
import org.vaka.server.billing.InvoiceView;
import org.vaka.server.billing.InvoicingPeriod;
import org.vaka.server.billing.Market;
import org.vaka.server.billing.PaymentMethod;
import org.vaka.server.identity.CustomerPrincipal;

/**
 * The customer's side of billing for the app: their invoices with PDFs, their contracts, switching how they pay,
 * notice (asked first, then confirmed) and moving. Someone else's contract or invoice is "not found", word for word
 * as a missing one.
 */
@RestController
class PortalBillingApi {

    private final CustomerBilling billing;

    PortalBillingApi(CustomerBilling billing) {
        this.billing = billing;
    }

    record InvoiceJson(long number, String reference, LocalDate periodStart, LocalDate periodEnd, LocalDate issuedOn,
                       LocalDate dueOn, String currency, long net, long vat, long total, long paid, long fees,
                       InvoiceStatus status, boolean settled, String pdf) {

        static InvoiceJson of(InvoiceView i) {
            return new InvoiceJson(i.number(), i.reference(), i.periodStart(), i.periodEnd(), i.issuedOn(), i.dueOn(),
                    i.currency(), i.net(), i.vat(), i.total(), i.paid(), i.fees(), i.status(),
                    i.status() == InvoiceStatus.PAID, "/api/v1/portal/invoices/" + i.number() + "/pdf");
        }
    }

    /** What the customer may know of their own contract; the paper fee is net, in minor units. */
    record ContractJson(long id, long siteId, String siteName, Market market, ContractKind kind, LocalDate activatedOn,
                        LocalDate bindingEndsOn, InvoicingPeriod invoicingPeriod, PaymentMethod paymentMethod,
                        long paperFeeNet, String currency, LocalDate noticeGivenOn, LocalDate endsOn) {

        static ContractJson of(ContractView c) {
            return new ContractJson(c.id(), c.siteId(), c.siteName(), c.market(), c.kind(), c.activatedOn(),
                    c.bindingEndsOn(), c.invoicingPeriod(), c.paymentMethod(), c.market().paperFeeNet(), c.currency(),
                    c.noticeGivenOn(), c.endsOn());
        }
    }

    @GetMapping("/api/v1/portal/invoices")
    List<InvoiceJson> invoices(@AuthenticationPrincipal CustomerPrincipal me) {
        return billing.invoices(me).stream().map(InvoiceJson::of).toList();
    }

    @GetMapping("/api/v1/portal/invoices/{number}")
    ResponseEntity<?> invoice(@AuthenticationPrincipal CustomerPrincipal me, @PathVariable long number) {
        return billing.invoice(me, number).<ResponseEntity<?>>map(i -> ResponseEntity.ok(InvoiceJson.of(i)))
                .orElseGet(PortalBillingApi::noInvoice);
    }

    @GetMapping("/api/v1/portal/invoices/{number}/pdf")
    ResponseEntity<?> pdf(@AuthenticationPrincipal CustomerPrincipal me, @PathVariable long number) {
        return billing.pdf(me, number).<ResponseEntity<?>>map(bytes -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"faktura-" + number + ".pdf\"")
                        .body(bytes))
                .orElseGet(PortalBillingApi::noInvoice);
    }

    @GetMapping("/api/v1/portal/contracts")
    List<ContractJson> contracts(@AuthenticationPrincipal CustomerPrincipal me) {
        return billing.contracts(me).stream().map(ContractJson::of).toList();
    }

    record MethodInput(String method) {
    }

    @PutMapping("/api/v1/portal/contracts/{id}/payment-method")
    ResponseEntity<?> paymentMethod(@AuthenticationPrincipal CustomerPrincipal me, @PathVariable long id,
                                    @RequestBody MethodInput in) {
        return billing.changePaymentMethod(me, id, method(in.method()))
                .<ResponseEntity<?>>map(c -> ResponseEntity.ok(ContractJson.of(c))).orElseGet(PortalBillingApi::noContract);
    }

    /** {@code givenOn} may be sent, but notice is always given today: any other day is refused. */
    record NoticeInput(String givenOn, Boolean dryRun) {
    }

    @PostMapping("/api/v1/portal/contracts/{id}/notice")
    ResponseEntity<?> notice(@AuthenticationPrincipal CustomerPrincipal me, @PathVariable long id,
                             @RequestBody(required = false) NoticeInput in) {
        boolean dryRun = in != null && Boolean.TRUE.equals(in.dryRun());
        if (in != null && in.givenOn() != null && !day(in.givenOn(), "givenOn").equals(billing.today())) {
            throw new InvalidBillingInputException("givenOn", "notice is given today (" + billing.today() + ")");
        }
        return billing.giveNotice(me, id, dryRun).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(PortalBillingApi::noContract);
    }

    record MoveInput(String newAddress, String moveOn, Boolean keepSystem) {
    }

    @PostMapping("/api/v1/portal/contracts/{id}/move")
    ResponseEntity<?> move(@AuthenticationPrincipal CustomerPrincipal me, @PathVariable long id, @RequestBody MoveInput in) {
        if (in.keepSystem() == null) {
            throw new InvalidBillingInputException("keepSystem", "true to take the system along, false to hand it over");
        }
        Contracts.NewMove move = new Contracts.NewMove(in.newAddress(), day(in.moveOn(), "moveOn"), in.keepSystem());
        return billing.reportMove(me, id, move)
                .<ResponseEntity<?>>map(m -> ResponseEntity.status(HttpStatus.CREATED).body(m))
                .orElseGet(PortalBillingApi::noContract);
    }

    @ExceptionHandler(InvalidBillingInputException.class)
    ResponseEntity<ProblemDetail> refused(InvalidBillingInputException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty("field", e.field());
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "the body is not readable JSON of the expected shape");
        problem.setProperty("field", "body");
        return ResponseEntity.badRequest().body(problem);
    }

    static PaymentMethod method(String value) {
        try {
            return PaymentMethod.valueOf(value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidBillingInputException("method", "one of PAPER, EMAIL, E_INVOICE, AUTOGIRO");
        }
    }

    static LocalDate day(String value, String field) {
        try {
            return LocalDate.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidBillingInputException(field, "a day is written yyyy-mm-dd: " + value);
        }
    }

    private static ResponseEntity<?> noInvoice() {
        return problem("No such invoice.");
    }

    private static ResponseEntity<?> noContract() {
        return problem("No such contract.");
    }

    private static ResponseEntity<?> problem(String detail) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail));
    }
}
