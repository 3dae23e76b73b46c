package org.vaka.server.portal.web;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.vaka.server.identity.CustomerPrincipal;
import org.vaka.server.identity.CustomerSessions;

/** Where a customer sees every device signed in as them (browsers and apps) and signs any of them out. */
@Controller
class SessionsPage {

    private final CustomerSessions sessions;
    private final Clock clock;

    SessionsPage(CustomerSessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @GetMapping("/portal/sessions")
    String list(@AuthenticationPrincipal CustomerPrincipal me, HttpServletRequest request, Model model) {
        model.addAttribute("me", me);
        model.addAttribute("sessions", sessions.list(me.loginId()));
        model.addAttribute("now", clock.instant());
        model.addAttribute("current", request.getAttribute(CustomerSessions.CURRENT_SESSION));
        return "portal/sessions";
    }

    @PostMapping("/portal/sessions/{id}/revoke")
    String revoke(@AuthenticationPrincipal CustomerPrincipal me, @PathVariable String id) {
        sessions.revoke(me.loginId(), id);
        return "redirect:/portal/sessions";
    }
}
