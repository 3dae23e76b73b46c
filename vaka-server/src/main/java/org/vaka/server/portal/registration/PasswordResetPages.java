package org.vaka.server.portal.registration;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Forgot your password?": ask for a link, then choose a new password on the page it leads to. */
@Controller
class PasswordResetPages {

    private final PasswordResets resets;

    PasswordResetPages(PasswordResets resets) {
        this.resets = resets;
    }

    @GetMapping("/portal/forgot")
    String forgot() {
        return "portal/forgot";
    }

    @PostMapping("/portal/forgot")
    String request(@RequestParam(defaultValue = "") String email, Locale locale) {
        resets.request(email, locale);
        return "redirect:/portal/forgot?sent";
    }

    @GetMapping("/portal/reset")
    String form(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("usable", resets.usable(token));
        return "portal/reset";
    }

    @PostMapping("/portal/reset")
    String reset(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
                 Model model) {
        return switch (resets.reset(token, password)) {
            case CHANGED -> "redirect:/portal/login?reset";
            case WEAK_PASSWORD -> {
                model.addAttribute("token", token);
                model.addAttribute("usable", true);
                model.addAttribute("error", "register.weakPassword");
                yield "portal/reset";
            }
            case INVALID_LINK -> {
                model.addAttribute("token", token);
                model.addAttribute("usable", false);
                yield "portal/reset";
            }
        };
    }
}
