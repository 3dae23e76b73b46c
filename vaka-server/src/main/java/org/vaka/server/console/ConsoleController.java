package org.vaka.server.console;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.vaka.server.identity.StaffPrincipal;
import org.vaka.server.receiver.ReceiverStats;

/** The operators' console: for now, the receiver at work and the signals arriving live. */
@Controller
class ConsoleController {

    private final ReceiverStats stats;

    ConsoleController(ReceiverStats stats) {
        this.stats = stats;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/console";
    }

    @GetMapping("/console")
    String console(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("me", me);
        model.addAttribute("stats", stats.snapshot());
        return "console";
    }
}
