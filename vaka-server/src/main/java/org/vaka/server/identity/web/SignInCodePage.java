package org.vaka.server.identity.web;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vaka.server.identity.CustomerPrincipal;
import org.vaka.server.identity.PendingSignIn;
import org.vaka.server.identity.SecondStep;
import org.vaka.server.identity.TwoStepCode;

/**
 * The second step of a browser's sign-in for a login with two-step verification on: after the right password the
 * browser lands here, not yet signed in, and is signed in only by a current code or an unused recovery code.
 */
@Controller
class SignInCodePage {

    private final AuthenticationManager authentication;
    private final BrowserSignIn signIn;
    private final Clock clock;

    SignInCodePage(AuthenticationManager authentication, BrowserSignIn signIn, Clock clock) {
        this.authentication = authentication;
        this.signIn = signIn;
        this.clock = clock;
    }

    @GetMapping("/portal/login/verify")
    String ask(HttpServletRequest request) {
        return PendingSignIn.of(request, clock).isPresent() ? "portal/verify" : "redirect:/portal/login?expired";
    }

    @PostMapping("/portal/login/verify")
    String verify(@RequestParam(required = false) String code, HttpServletRequest request, HttpServletResponse response) {
        var pending = PendingSignIn.of(request, clock);
        if (pending.isEmpty()) {
            return "redirect:/portal/login?expired";
        }
        var parsed = TwoStepCode.parse(code);
        if (parsed.isEmpty()) {
            return "redirect:/portal/login/verify?malformed"; // not a code at all: no guess was made, nothing counted
        }
        try {
            var result = authentication.authenticate(new SecondStep(pending.get().email(), parsed.get()));
            if (result.getPrincipal() instanceof CustomerPrincipal customer) {
                signIn.signIn(customer, request, response);
                return "redirect:/portal";
            }
            return "redirect:/portal/login?error";
        } catch (LockedException e) {
            PendingSignIn.end(request);
            return "redirect:/portal/login?locked";
        } catch (AuthenticationException e) {
            return "redirect:/portal/login/verify?error";
        }
    }
}
