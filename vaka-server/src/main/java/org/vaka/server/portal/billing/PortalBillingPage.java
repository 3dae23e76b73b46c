package org.vaka.server.portal.billing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vaka.server.billing.Contracts;
import org.vaka.server.billing.InvalidBillingInputException;
import org.vaka.server.billing.PaymentMethod;
import org.vaka.server.identity.CustomerPrincipal;

/**
 * The billing page: invoices with their PDFs and whether each is paid, how the customer pays (and a switch), notice
 * with the end date shown before it is confirmed, and a move. Every form posts back here and redirects, so a reload
 * never repeats it.
 */
@Controller
class PortalBillingPage {

    private static final String PAGE = "redirect:/portal/billing";

    private static final AmountFormat AMOUNTS = new AmountFormat();

    private final CustomerBilling billing;

    PortalBillingPage(CustomerBilling billing) {
        this.billing = billing;
    }

    @GetMapping("/portal/billing")
    String page(@AuthenticationPrincipal CustomerPrincipal me, Model model) {
        model.addAttribute("me", me);
        model.addAttribute("contracts", billing.contracts(me));
        model.addAttribute("invoices", billing.invoices(me));
        model.addAttribute("methods", PaymentMethod.values());
        model.addAttribute("mayChangeMethod", billing.mayChangePaymentMethod(me));
        model.addAttribute("mayGiveNotice", billing.mayGiveNotice(me));
        model.addAttribute("today", billing.today());
        model.addAttribute("amounts", AMOUNTS);
        return "portal/billing";
    }

    @PostMapping("/portal/billing/contracts/{id}/payment-method")
    String paymentMethod(@AuthenticationPrincipal CustomerPrincipal me, @PathVariable long id, @RequestParam String method,
                         RedirectAttributes redirect) {
        try {
            billing.changePaymentMethod(me, id, PortalBillingApi.method(method)).orElseThrow(NotFound::new);
            redirect.addFlashAttribute("methodChanged", id);
        } catch (InvalidBillingInputException e) {
            redirect.addFlashAttribute("refused", e.getMessage());
        }
        return PAGE;
    }

    /** Without {@code confirm} only asks when the contract would end; the page then offers to confirm. */
    @PostMapping("/portal/billing/contracts/{id}/notice")
    String notice(@AuthenticationPrincipal CustomerPrincipal me, @PathVariable long id,
                  @RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
        try {
            Contracts.Notice notice = billing.giveNotice(me, id, !confirm).orElseThrow(NotFound::new);
            redirect.addFlashAttribute(confirm ? "noticeRecorded" : "noticePreview", notice);
        } catch (InvalidBillingInputException e) {
            redirect.addFlashAttribute("refused", e.getMessage());
        }
        return PAGE;
    }

    @PostMapping("/portal/billing/contracts/{id}/move")
    String move(@AuthenticationPrincipal CustomerPrincipal me, @PathVariable long id, @RequestParam String newAddress,
                @RequestParam String moveOn, @RequestParam(defaultValue = "true") boolean keepSystem,
                RedirectAttributes redirect) {
        try {
            LocalDate day = LocalDate.parse(moveOn.strip());
            Contracts.Move move = billing.reportMove(me, id, new Contracts.NewMove(newAddress, day, keepSystem))
                    .orElseThrow(NotFound::new);
            redirect.addFlashAttribute("moveReported", move);
        } catch (DateTimeParseException e) {
            redirect.addFlashAttribute("refused", "moveOn: yyyy-mm-dd");
        } catch (InvalidBillingInputException e) {
            redirect.addFlashAttribute("refused", e.getMessage());
        }
        return PAGE;
    }

    /** Someone else's contract and a missing one look the same. */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    static class NotFound extends RuntimeException {
        NotFound() {
            super("no such contract");
        }
    }
}
