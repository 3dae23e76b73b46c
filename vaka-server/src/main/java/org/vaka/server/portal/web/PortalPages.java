package org.vaka.server.portal.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vaka.server.devices.InvalidCommandException;
import org.vaka.server.identity.CustomerPrincipal;
import org.vaka.server.portal.ArmingMode;
import org.vaka.server.portal.PortalCommand;
import org.vaka.server.portal.PortalCommands;
import org.vaka.server.portal.SiteHistory;
import org.vaka.server.portal.SiteOverviews;

/**
 * The portal for phone and desktop: the customer's alarm systems with big arm and disarm buttons, and each one's
 * history. A command waits a few seconds for the panel, so the customer sees the confirmed outcome, not "sent".
 */
@Controller
class PortalPages {

    static final Duration WAIT_FOR_PANEL = Duration.ofSeconds(12);

    private final SiteOverviews overviews;
    private final PortalCommands commands;
    private final SiteHistory history;

    PortalPages(SiteOverviews overviews, PortalCommands commands, SiteHistory history) {
        this.overviews = overviews;
        this.commands = commands;
        this.history = history;
    }

    @GetMapping("/portal/login")
    String login() {
        return "portal/login";
    }

    @GetMapping({"/portal", "/portal/"})
    String overview(@AuthenticationPrincipal CustomerPrincipal me, Model model) {
        model.addAttribute("me", me);
        model.addAttribute("sites", overviews.mine(me));
        return "portal/overview";
    }

    @PostMapping("/portal/sites/{siteId}/arm")
    String arm(@AuthenticationPrincipal CustomerPrincipal me, @PathVariable long siteId, @RequestParam String mode,
               @RequestParam(required = false) String code, RedirectAttributes redirect) throws InterruptedException {
        ArmingMode armingMode = "HOME".equals(mode) ? ArmingMode.HOME : ArmingMode.AWAY;
        try {
            outcome(me, siteId, commands.arm(me, siteId, armingMode, code).orElseThrow(NotFound::new), redirect);
        } catch (InvalidCommandException e) {
            invalid(siteId, redirect);
        }
        return "redirect:/portal";
    }

    @PostMapping("/portal/sites/{siteId}/disarm")
    String disarm(@AuthenticationPrincipal CustomerPrincipal me, @PathVariable long siteId,
                  @RequestParam(required = false) String code, RedirectAttributes redirect) throws InterruptedException {
        try {
            outcome(me, siteId, commands.disarm(me, siteId, code).orElseThrow(NotFound::new), redirect);
        } catch (InvalidCommandException e) {
            invalid(siteId, redirect);
        }
        return "redirect:/portal";
    }

    @GetMapping("/portal/sites/{siteId}/history")
    String history(@AuthenticationPrincipal CustomerPrincipal me, @PathVariable long siteId,
                   @RequestParam(required = false) String kind, Model model) {
        SiteHistory.Filter filter = filter(kind);
        model.addAttribute("me", me);
        model.addAttribute("site", overviews.mine(me, siteId).orElseThrow(NotFound::new));
        model.addAttribute("kind", filter == null || kind == null ? "" : kind.strip().toLowerCase(Locale.ROOT));
        model.addAttribute("entries", history.of(me, siteId, filter == null ? SiteHistory.Filter.ALL : filter, 100)
                .orElseThrow(NotFound::new));
        return "portal/history";
    }

    /** {@code arming}, {@code alarms} or nothing (both); null for anything else. */
    static SiteHistory.Filter filter(String kind) {
        if (kind == null || kind.isBlank()) {
            return SiteHistory.Filter.ALL;
        }
        return switch (kind.strip().toLowerCase(Locale.ROOT)) {
            case "arming" -> SiteHistory.Filter.ARMING;
            case "alarms" -> SiteHistory.Filter.ALARMS;
            default -> null;
        };
    }

    private void outcome(CustomerPrincipal me, long siteId, PortalCommand sent, RedirectAttributes redirect)
            throws InterruptedException {
        redirect.addFlashAttribute("outcome", commands.find(me, sent.id(), WAIT_FOR_PANEL).orElse(sent));
        redirect.addFlashAttribute("siteId", siteId);
    }

    private static void invalid(long siteId, RedirectAttributes redirect) {
        redirect.addFlashAttribute("invalidCode", true);
        redirect.addFlashAttribute("siteId", siteId);
    }

    /** Someone else's alarm system and a missing one look the same. */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    static class NotFound extends RuntimeException {
        NotFound() {
            super("no such alarm system");
        }
    }
}
