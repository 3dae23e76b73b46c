package org.vaka.server.portal.registration;

import java.util.Locale;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The registration pages. The flow's token lives in the browser's session, so the pages show whichever step the
 * registration is at; the e-mail link works in any browser, as it carries its own token.
 */
@Controller
class RegistrationPages {

    static final String FLOW = "vaka.registration";

    private final Registrations registrations;

    RegistrationPages(Registrations registrations) {
        this.registrations = registrations;
    }

    @GetMapping("/portal/register")
    String page(HttpSession session, Model model) {
        String step = registrations.state((String) session.getAttribute(FLOW)).map(state -> switch (state) {
            case STARTED -> "code";
            case CODE_OK -> "credentials";
            case AWAITING_EMAIL -> "sent";
            case DONE -> "start";
        }).orElse("start");
        model.addAttribute("step", step);
        return "portal/register";
    }

    @PostMapping("/portal/register")
    String start(@RequestParam(defaultValue = "") String customerNumber, @RequestParam(defaultValue = "") String mobile,
                 HttpSession session, Locale locale, RedirectAttributes redirect) {
        session.setAttribute(FLOW, registrations.start(customerNumber, mobile, locale));
        redirect.addFlashAttribute("notice", "register.codeSent");
        return "redirect:/portal/register";
    }

    @PostMapping("/portal/register/code")
    String code(@RequestParam(defaultValue = "") String code, HttpSession session, RedirectAttributes redirect) {
        switch (registrations.checkCode((String) session.getAttribute(FLOW), code)) {
            case OK -> { }
            case WRONG -> redirect.addFlashAttribute("error", "register.wrongCode");
            case START_OVER -> {
                session.removeAttribute(FLOW);
                redirect.addFlashAttribute("error", "register.startOver");
            }
        }
        return "redirect:/portal/register";
    }

    @PostMapping("/portal/register/credentials")
    String credentials(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
                       HttpSession session, Locale locale, RedirectAttributes redirect) {
        switch (registrations.chooseCredentials((String) session.getAttribute(FLOW), email, password, locale)) {
            case LINK_SENT -> { }
            case WEAK_PASSWORD -> redirect.addFlashAttribute("error", "register.weakPassword");
            case INVALID_EMAIL -> redirect.addFlashAttribute("error", "register.invalidEmail");
            case EMAIL_TAKEN -> redirect.addFlashAttribute("error", "register.emailTaken");
            case START_OVER -> {
                session.removeAttribute(FLOW);
                redirect.addFlashAttribute("error", "register.startOver");
            }
        }
        return "redirect:/portal/register";
    }

    @PostMapping("/portal/register/restart")
    String restart(HttpSession session) {
        session.removeAttribute(FLOW);
        return "redirect:/portal/register";
    }

    @GetMapping("/portal/register/confirm")
    String confirm(@RequestParam(defaultValue = "") String token, HttpSession session, Model model) {
        var email = registrations.confirm(token);
        email.ifPresent(e -> session.removeAttribute(FLOW));
        model.addAttribute("step", email.isPresent() ? "done" : "invalidLink");
        model.addAttribute("email", email.orElse(null));
        return "portal/register";
    }
}
