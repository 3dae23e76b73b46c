package org.vaka.server.billing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vaka.server.billing.InvalidBillingInputException;
import org.vaka.server.billing.InvoiceLine;
import org.vaka.server.billing.InvoiceStatus;
import org.vaka.server.billing.InvoiceView;
import org.vaka.server.billing.Invoices;
import org.vaka.server.billing.InvoicingRun;
import org.vaka.server.billing.Reminders;
import org.vaka.server.identity.StaffPrincipal;

/** Issued invoices with a link to each one's PDF; administrators start an invoicing run. */
@RestController
class InvoiceApi {

    private final Invoices invoices;
    private final InvoicingRun run;
    private final Reminders reminders;
    private final Clock clock;

    InvoiceApi(Invoices invoices, InvoicingRun run, Reminders reminders, Clock clock) {
        this.invoices = invoices;
        this.run = run;
        this.reminders = reminders;
        this.clock = clock;
    }

    record InvoiceJson(long number, String reference, long contractId, String customerNumber, String customerName,
                       LocalDate periodStart, LocalDate periodEnd, LocalDate issuedOn, LocalDate dueOn, String currency,
                       long net, long vat, long total, long paid, long fees, InvoiceStatus status, int reminderLevel,
                       List<InvoiceLine> lines, String pdf) {

        static InvoiceJson of(InvoiceView i) {
            return new InvoiceJson(i.number(), i.reference(), i.contractId(), i.customerNumber(), i.customerName(),
                    i.periodStart(), i.periodEnd(), i.issuedOn(), i.dueOn(), i.currency(), i.net(), i.vat(), i.total(),
                    i.paid(), i.fees(), i.status(), i.reminderLevel(), i.lines(), "/api/v1/invoices/" + i.number() + "/pdf");
        }
    }

    @GetMapping("/api/v1/invoices")
    ResponseEntity<?> forAccount(@AuthenticationPrincipal StaffPrincipal caller, @RequestParam(required = false) String account) {
        if (account == null || account.isBlank()) {
            throw new InvalidBillingInputException("account", "the panel account is required: ?account=1234");
        }
        return invoices.forAccount(caller.tenantId(), account.strip())
                .<ResponseEntity<?>>map(list -> ResponseEntity.ok(list.stream().map(InvoiceJson::of).toList()))
                .orElseGet(() -> ContractApi.notFound("no panel account " + account));
    }

    @GetMapping("/api/v1/invoices/{number}")
    ResponseEntity<?> one(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long number) {
        return invoices.byNumber(caller.tenantId(), number).<ResponseEntity<?>>map(i -> ResponseEntity.ok(InvoiceJson.of(i)))
                .orElseGet(() -> ContractApi.notFound("no invoice " + number));
    }

    @GetMapping("/api/v1/invoices/{number}/pdf")
    ResponseEntity<?> pdf(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long number) {
        return invoices.pdf(caller.tenantId(), number).<ResponseEntity<?>>map(bytes -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"faktura-" + number + ".pdf\"")
                        .body(bytes))
                .orElseGet(() -> ContractApi.notFound("no invoice " + number));
    }

    record RunInput(String month, String issuedOn) {
    }

    @PostMapping("/api/v1/invoicing-runs")
    InvoicingRun.Result run(@AuthenticationPrincipal StaffPrincipal caller, @RequestBody RunInput in) {
        YearMonth month;
        try {
            month = YearMonth.parse(in.month() == null ? "" : in.month().strip());
        } catch (DateTimeParseException e) {
            throw new InvalidBillingInputException("month", "a month is written yyyy-mm: " + in.month());
        }
        LocalDate issuedOn = in.issuedOn() == null ? month.atDay(1) : ContractApi.day(in.issuedOn(), "issuedOn");
        return run.run(caller.tenantId(), month, issuedOn);
    }

    record ReminderInput(String on) {
    }

    /** Without a day, today's reminders. */
    @PostMapping("/api/v1/reminder-runs")
    Reminders.Result remind(@AuthenticationPrincipal StaffPrincipal caller, @RequestBody(required = false) ReminderInput in) {
        LocalDate on = in == null || in.on() == null ? LocalDate.now(clock) : ContractApi.day(in.on(), "on");
        return reminders.run(caller.tenantId(), on);
    }
}
