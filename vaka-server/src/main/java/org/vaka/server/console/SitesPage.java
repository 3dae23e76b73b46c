package org.vaka.server.console;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vaka.protocol.mqtt.CommandType;
import org.vaka.server.devices.CommandRequest;
import org.vaka.server.devices.CommandView;
import org.vaka.server.devices.Commands;
import org.vaka.server.devices.InvalidCommandException;
import org.vaka.server.devices.SiteDevices;
import org.vaka.server.devices.SiteState;
import org.vaka.server.identity.StaffPrincipal;
import org.vaka.server.sites.Sites;

/**
 * The tenant's sites with their panels' live state, and a form to command a panel. The form waits a few seconds
 * for the panel's answer, so the operator sees the confirmed outcome rather than "sent".
 */
@Controller
class SitesPage {

    static final Duration WAIT_FOR_PANEL = Duration.ofSeconds(12);

    private final Sites sites;
    private final SiteDevices devices;
    private final Commands commands;

    SitesPage(Sites sites, SiteDevices devices, Commands commands) {
        this.sites = sites;
        this.devices = devices;
        this.commands = commands;
    }

    @GetMapping("/console/sites")
    String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        Map<Long, SiteState> states = new LinkedHashMap<>();
        sites.list(me.tenantId(), null).forEach(site ->
                devices.state(me.tenantId(), site.id()).ifPresent(state -> states.put(site.id(), state)));
        model.addAttribute("me", me);
        model.addAttribute("sites", sites.list(me.tenantId(), null));
        model.addAttribute("states", states);
        model.addAttribute("types", List.of(CommandType.values()));
        return "sites";
    }

    @GetMapping("/console/sites/{siteId}/commands")
    String history(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long siteId, Model model) {
        model.addAttribute("me", me);
        model.addAttribute("site", sites.find(me.tenantId(), siteId).orElseThrow(() -> new NotFound("no site " + siteId)));
        model.addAttribute("commands", commands.history(me.tenantId(), siteId, 100));
        return "site-commands";
    }

    @PostMapping("/console/sites/{siteId}/commands")
    String send(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long siteId, @RequestParam String type,
                @RequestParam(required = false) String target, @RequestParam(required = false) String code,
                RedirectAttributes redirect) throws InterruptedException {
        try {
            CommandView sent = commands.send(me.tenantId(), siteId, new CommandRequest(type, target, code), me.email())
                    .orElseThrow(() -> new NotFound("no site " + siteId));
            CommandView outcome = commands.await(me.tenantId(), sent.id(), WAIT_FOR_PANEL).orElse(sent);
            redirect.addFlashAttribute("outcome", outcome);
        } catch (InvalidCommandException e) {
            redirect.addFlashAttribute("invalid", e.getMessage());
        }
        redirect.addFlashAttribute("siteId", siteId);
        return "redirect:/console/sites";
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
    static class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }
}
