package org.vaka.server.portal.contact;

import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vaka.server.identity.CustomerPrincipal;

/**
 * The account page's forms for a new e-mail address and a new mobile number, the page for the texted code, and the
 * page the e-mailed link leads to. That page asks for a click before it changes anything: mail scanners open links
 * on their own, and a GET that changed the address would let them confirm on the person's behalf.
 */
@Controller
class ContactChangePages {

    private final EmailChanges emails;
    private final MobileChanges mobiles;

    ContactChangePages(EmailChanges emails, MobileChanges mobiles) {
        this.emails = emails;
        this.mobiles = mobiles;
    }

    @PostMapping("/portal/account/email")
    String requestEmail(@AuthenticationPrincipal CustomerPrincipal me, @RequestParam(defaultValue = "") String email,
                        @RequestParam(defaultValue = "") String password, Locale locale, RedirectAttributes redirect) {
        EmailChanges.Asked asked = emails.request(me, email, password, locale);
        if (asked == EmailChanges.Asked.LINK_SENT) {
            redirect.addFlashAttribute("contactNotice", "contact.email.sent");
        } else {
            redirect.addFlashAttribute("contactError", "contact.error." + asked.name());
        }
        return "redirect:/portal/account";
    }

    @PostMapping("/portal/account/mobile")
    String requestMobile(@AuthenticationPrincipal CustomerPrincipal me, @RequestParam(defaultValue = "") String mobile,
                         @RequestParam(defaultValue = "") String password, Locale locale, RedirectAttributes redirect) {
        MobileChanges.Asked asked = mobiles.request(me, mobile, password, locale);
        if (asked == MobileChanges.Asked.CODE_SENT) {
            return "redirect:/portal/account/mobile";
        }
        redirect.addFlashAttribute("contactError", "contact.error." + asked.name());
        return "redirect:/portal/account";
    }

    @GetMapping("/portal/account/mobile")
    String codeForm(@AuthenticationPrincipal CustomerPrincipal me, Model model) {
        var pending = mobiles.pending(me);
        if (pending.isEmpty()) {
            return "redirect:/portal/account";
        }
        model.addAttribute("me", me);
        model.addAttribute("number", pending.get());
        return "portal/mobile-code";
    }

    @PostMapping("/portal/account/mobile/confirm")
    String confirmMobile(@AuthenticationPrincipal CustomerPrincipal me, @RequestParam(defaultValue = "") String code,
                         Locale locale, RedirectAttributes redirect) {
        MobileChanges.Confirmed confirmed = mobiles.confirm(me, code, locale);
        switch (confirmed) {
            case CHANGED -> redirect.addFlashAttribute("contactNotice", "contact.mobile.changed");
            case WRONG_CODE -> {
                redirect.addFlashAttribute("contactError", "contact.error.WRONG_CODE");
                return "redirect:/portal/account/mobile";
            }
            default -> redirect.addFlashAttribute("contactError", "contact.error." + confirmed.name());
        }
        return "redirect:/portal/account";
    }

    @GetMapping("/portal/email-change")
    String link(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("pending", emails.pending(token).orElse(null));
        return "portal/email-change";
    }

    @PostMapping("/portal/email-change")
    String confirm(@RequestParam(defaultValue = "") String token, Model model) {
        EmailChanges.Confirmed confirmed = emails.confirm(token);
        model.addAttribute("outcome", confirmed.name());
        return "portal/email-change";
    }
}
