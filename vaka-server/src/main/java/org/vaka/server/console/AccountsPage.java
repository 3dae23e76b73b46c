package org.vaka.server.console;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vaka.server.identity.StaffPrincipal;
import org.vaka.server.sites.InvalidRegistrationException;
import org.vaka.server.sites.PanelAccountRegistration;
import org.vaka.server.sites.PanelAccounts;

/** Administrators register panel accounts here; the same rules as the API, with errors on the form. */
@Controller
class AccountsPage {

    private final PanelAccounts accounts;

    AccountsPage(PanelAccounts accounts) {
        this.accounts = accounts;
    }

    /** An empty form field means "not given", as in the API. */
    @InitBinder("form")
    void blanksAreAbsent(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping("/console/accounts")
    String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("me", me);
        model.addAttribute("accounts", accounts.list(me.tenantId()));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new PanelAccountRegistration("", "", "", "", "hex",
                    PanelAccountRegistration.DEFAULT_SUPERVISION_SECONDS, "", ""));
        }
        return "accounts";
    }

    @PostMapping("/console/accounts")
    String register(@AuthenticationPrincipal StaffPrincipal me, @Valid @ModelAttribute("form") PanelAccountRegistration form,
                    BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                var result = accounts.register(me.tenantId(), form);
                redirect.addFlashAttribute("saved", result.account().account());
                return "redirect:/console/accounts";
            } catch (InvalidRegistrationException e) {
                errors.rejectValue(e.field(), "invalid", e.getMessage());
            }
        }
        return list(me, model);
    }
}
