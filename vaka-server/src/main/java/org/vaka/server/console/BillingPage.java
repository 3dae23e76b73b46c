package org.vaka.server.console;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vaka.server.billing.Contracts;
import org.vaka.server.billing.Invoices;
import org.vaka.server.billing.Payments;
import org.vaka.server.identity.StaffPrincipal;

/**
 * The back office's billing view: a panel account's contracts and invoices (each with its PDF), and the payments no
 * invoice matched, which someone has to place by hand.
 */
@Controller
class BillingPage {

    private final Contracts contracts;
    private final Invoices invoices;
    private final Payments payments;

    private final org.vaka.server.billing.KeyDestructions keys;
    private final org.vaka.server.billing.InvoicingRun invoicingRun;
    private final java.time.Clock clock;

    BillingPage(Contracts contracts, Invoices invoices, Payments payments, org.vaka.server.billing.KeyDestructions keys,
                org.vaka.server.billing.InvoicingRun invoicingRun, java.time.Clock clock) {
        this.keys = keys;
        this.invoicingRun = invoicingRun;
        this.clock = clock;
        this.contracts = contracts;
        this.invoices = invoices;
        this.payments = payments;
    }

    @GetMapping("/console/billing")
    String billing(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String account, Model model) {
        model.addAttribute("me", me);
        model.addAttribute("account", account == null ? "" : account.strip());
        if (account != null && !account.isBlank()) {
            var found = contracts.forAccount(me.tenantId(), account.strip());
            model.addAttribute("unknown", found.isEmpty());
            model.addAttribute("contracts", found.orElse(List.of()));
            // moves the customers reported in the portal, for someone here to plan
            model.addAttribute("moves", found.orElse(List.of()).stream()
                    .flatMap(c -> contracts.moves(me.tenantId(), c.id()).stream()).toList());
            model.addAttribute("invoices", invoices.forAccount(me.tenantId(), account.strip()).orElse(List.of()));
        }
        model.addAttribute("unmatched", payments.unmatched(me.tenantId()));
        model.addAttribute("keys", keys.list(me.tenantId()));
        return "billing";
    }

    /** Administrators run a month's invoicing from here; the result says what it did and how long it took. */
    @org.springframework.web.bind.annotation.PostMapping("/console/billing/invoicing-run")
    String run(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String month,
               org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        try {
            var ran = invoicingRun.run(me.tenantId(), java.time.YearMonth.parse(month == null ? "" : month.strip()),
                    java.time.LocalDate.now(clock));
            redirect.addFlashAttribute("ran", ran);
        } catch (java.time.format.DateTimeParseException e) {
            redirect.addFlashAttribute("runInvalid", month);
        }
        return "redirect:/console/billing";
    }
}
