package org.vaka.server.portal.web;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vaka.server.identity.CustomerPrincipal;
import org.vaka.server.identity.CustomerRole;
import org.vaka.server.portal.AccountSettings;
import org.vaka.server.portal.CustomerSites;
import org.vaka.server.portal.contact.MobileChanges;
import org.vaka.server.sites.InvalidRegistrationException;

/** Account settings: who I am, with which rights, for which alarm systems, and my password; the forms for a new e-mail address and mobile number post to {@code ContactChangePages}. */
@Controller
class AccountPage {

    private final AccountSettings settings;
    private final CustomerSites sites;
    private final MobileChanges mobiles;

    AccountPage(AccountSettings settings, CustomerSites sites, MobileChanges mobiles) {
        this.settings = settings;
        this.sites = sites;
        this.mobiles = mobiles;
    }

    record PasswordChange(String current, String password) {
        @Override
        public String toString() {
            return "PasswordChange"; // never the passwords
        }
    }

    @GetMapping("/portal/account")
    String account(@AuthenticationPrincipal CustomerPrincipal me, Model model) {
        model.addAttribute("me", me);
        model.addAttribute("sites", sites.mine(me));
        // The customer's number is the owner's to change (MobileChanges); others do not see it here.
        model.addAttribute("mobile", me.role() == CustomerRole.OWNER ? mobiles.current(me).orElse(null) : null);
        return "portal/account";
    }

    @PostMapping("/portal/account/password")
    String changePassword(@AuthenticationPrincipal CustomerPrincipal me, @RequestParam(required = false) String current,
                          @RequestParam(required = false) String password, RedirectAttributes redirect) {
        try {
            settings.changePassword(me, current, password);
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidRegistrationException e) {
            redirect.addFlashAttribute("errorField", e.field());
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/portal/account";
    }

    @PutMapping("/api/v1/portal/account/password")
    @ResponseBody
    ResponseEntity<?> changePassword(@AuthenticationPrincipal CustomerPrincipal me,
                                     @RequestBody(required = false) PasswordChange change) {
        try {
            settings.changePassword(me, change == null ? null : change.current(), change == null ? null : change.password());
            return ResponseEntity.noContent().build();
        } catch (InvalidRegistrationException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(org.springframework.http.HttpStatus.BAD_REQUEST, e.getMessage());
            problem.setProperty("field", e.field());
            return ResponseEntity.badRequest().body(problem);
        }
    }
}
