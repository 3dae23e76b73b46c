package org.vaka.server.identity.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vaka.server.identity.CustomerPrincipal;
import org.vaka.server.identity.Passkeys;
import org.vaka.server.identity.TwoStepRefusal;
import org.vaka.server.identity.TwoStepVerification;

/**
 * "Two-step verification and passkeys" in the portal: set up an authenticator app (the secret as a QR code and as
 * text while it is being set up), see the recovery codes once, turn it off; list, add and remove passkeys.
 */
@Controller
class SecurityPage {

    private final TwoStepVerification twoStep;
    private final Passkeys passkeys;

    SecurityPage(TwoStepVerification twoStep, Passkeys passkeys) {
        this.twoStep = twoStep;
        this.passkeys = passkeys;
    }

    @GetMapping("/portal/security")
    String page(@AuthenticationPrincipal CustomerPrincipal me, Model model) {
        model.addAttribute("me", me);
        model.addAttribute("status", twoStep.status(me.loginId()));
        twoStep.pending(me).ifPresent(enrolment -> {
            model.addAttribute("secret", enrolment.secret());
            model.addAttribute("qr", QrCodeSvg.dataUri(enrolment.uri()));
        });
        model.addAttribute("passkeys", passkeys.of(me.loginId()));
        return "portal/security";
    }

    @PostMapping("/portal/security/two-step")
    String start(@AuthenticationPrincipal CustomerPrincipal me, RedirectAttributes redirect) {
        try {
            twoStep.start(me);
        } catch (TwoStepRefusal e) {
            refused(e, redirect);
        }
        return "redirect:/portal/security";
    }

    @PostMapping("/portal/security/two-step/confirm")
    String confirm(@AuthenticationPrincipal CustomerPrincipal me, @RequestParam(required = false) String code,
                   RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("recoveryCodes", twoStep.confirm(me, code));
        } catch (TwoStepRefusal e) {
            refused(e, redirect);
        }
        return "redirect:/portal/security";
    }

    @PostMapping("/portal/security/two-step/disable")
    String disable(@AuthenticationPrincipal CustomerPrincipal me, @RequestParam(required = false) String password,
                   @RequestParam(required = false) String code, RedirectAttributes redirect) {
        try {
            twoStep.disable(me, password, code);
            redirect.addFlashAttribute("disabled", true);
        } catch (TwoStepRefusal e) {
            refused(e, redirect);
        }
        return "redirect:/portal/security";
    }

    @PostMapping("/portal/security/two-step/recovery-codes")
    String renew(@AuthenticationPrincipal CustomerPrincipal me, @RequestParam(required = false) String password,
                 @RequestParam(required = false) String code, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("recoveryCodes", twoStep.renewRecoveryCodes(me, password, code));
        } catch (TwoStepRefusal e) {
            refused(e, redirect);
        }
        return "redirect:/portal/security";
    }

    @PostMapping("/portal/security/passkeys/{id}/delete")
    String removePasskey(@AuthenticationPrincipal CustomerPrincipal me, @org.springframework.web.bind.annotation.PathVariable long id,
                         RedirectAttributes redirect) {
        if (passkeys.remove(me.loginId(), id)) {
            redirect.addFlashAttribute("passkeyRemoved", true);
        }
        return "redirect:/portal/security";
    }

    private static void refused(TwoStepRefusal e, RedirectAttributes redirect) {
        redirect.addFlashAttribute("error", e.getMessage());
        redirect.addFlashAttribute("errorField", e.field());
    }
}
