package org.vaka.server.console;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.vaka.server.identity.StaffPrincipal;
import org.vaka.server.notify.Notification;
import org.vaka.server.notify.Outbox;

/**
 * What the customers were told (or, without a provider, would have been): the outbox, newest first, with each
 * message's delivery state and log — so a message that did not go out is seen, not silently lost.
 */
@Controller
class OutboxPage {

    private final Outbox outbox;

    OutboxPage(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/console/outbox")
    String outbox(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        List<Notification> messages = outbox.recent(me.tenantId(), 200);
        model.addAttribute("me", me);
        model.addAttribute("messages", messages);
        model.addAttribute("attempts", outbox.attempts(me.tenantId(), messages.stream().map(Notification::id).toList()));
        model.addAttribute("smsDelivered", outbox.deliveredChannels().contains(Notification.SMS));
        model.addAttribute("emailDelivered", outbox.deliveredChannels().contains(Notification.EMAIL));
        return "outbox";
    }
}
