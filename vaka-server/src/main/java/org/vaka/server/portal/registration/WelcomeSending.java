package org.vaka.server.portal.registration;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vaka.server.identity.StaffPrincipal;
import org.vaka.server.sites.InvalidRegistrationException;

/**
 * An administrator sends a new customer their welcome, from the console's site page or the API, in the language
 * chosen or else the one the customer's mobile number suggests.
 */
@Controller
class WelcomeSending {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Stockholm"));

    private final Welcomes welcomes;

    WelcomeSending(Welcomes welcomes) {
        this.welcomes = welcomes;
    }

    @PostMapping("/api/v1/sites/{siteId}/welcome")
    @ResponseBody
    ResponseEntity<?> send(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long siteId,
                           @RequestParam(defaultValue = "") String language) {
        try {
            return welcomes.send(me.tenantId(), siteId, me.id(), language)
                    .<ResponseEntity<?>>map(sent -> ResponseEntity.accepted().body(WelcomeApi.sentView(sent)))
                    .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                            .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no site " + siteId)));
        } catch (InvalidRegistrationException e) {
            ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
            detail.setProperty("field", e.field());
            return ResponseEntity.badRequest().body(detail);
        }
    }

    @PostMapping("/console/sites/{siteId}/edit/welcome")
    String sendFromConsole(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long siteId,
                           @RequestParam(defaultValue = "") String language, RedirectAttributes redirect) {
        try {
            welcomes.send(me.tenantId(), siteId, me.id(), language).ifPresentOrElse(
                    sent -> redirect.addFlashAttribute("welcomeSent", new Object[]{sent.mobile(), DAY.format(sent.expiresAt())}),
                    () -> redirect.addFlashAttribute("invalid", "site: no site " + siteId));
        } catch (InvalidRegistrationException e) {
            redirect.addFlashAttribute("invalid", e.field() + ": " + e.getMessage());
        }
        return "redirect:/console/sites/" + siteId;
    }
}
