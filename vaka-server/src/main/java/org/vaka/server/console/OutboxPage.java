package org.vaka.server.console;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.vaka.server.identity.StaffPrincipal;
import org.vaka.server.notify.Outbox;

/** What the customers were told (or, without a provider, would have been): the outbox, newest first. */
@Controller
class OutboxPage {

    private final Outbox outbox;

    OutboxPage(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/console/outbox")
    String outbox(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("me", me);
        model.addAttribute("messages", outbox.recent(me.tenantId(), 200));
        return "outbox";
    }
}
