package org.vaka.server.console;

import java.util.List;
import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vaka.server.alarms.AlarmConflictException;
import org.vaka.server.alarms.AlarmQueue;
import org.vaka.server.alarms.AlarmView;
import org.vaka.server.alarms.Resolution;
import org.vaka.server.identity.StaffPrincipal;
import org.vaka.server.signals.SignalQueries;
import org.vaka.server.sites.Sites;

/**
 * The live alarm queue and the handling view. The queue is a server-rendered fragment the page fetches every two
 * seconds, so it needs no client-side templates and reads the same in both languages.
 */
@Controller
class AlarmsPage {

    /** The head of the queue a screen shows; in a storm the rest waits below, counted. */
    static final int SHOWN = 300;

    private final AlarmQueue alarms;
    private final Sites sites;
    private final SignalQueries signals;

    private final java.time.Clock clock;

    private final org.vaka.server.sites.SiteContacts contacts;
    private final org.vaka.server.sites.SiteDescriptions descriptions;

    private final org.vaka.server.alarms.AlarmResponses responses;
    private final org.vaka.server.alarms.ArmingControl arming;
    private final org.vaka.server.alarms.SiteConditions conditions;

    AlarmsPage(AlarmQueue alarms, Sites sites, SignalQueries signals, java.time.Clock clock,
               org.vaka.server.sites.SiteContacts contacts, org.vaka.server.sites.SiteDescriptions descriptions,
               org.vaka.server.alarms.AlarmResponses responses, org.vaka.server.alarms.ArmingControl arming,
               org.vaka.server.alarms.SiteConditions conditions) {
        this.conditions = conditions;
        this.responses = responses;
        this.arming = arming;
        this.contacts = contacts;
        this.descriptions = descriptions;
        this.clock = clock;
        this.alarms = alarms;
        this.sites = sites;
        this.signals = signals;
    }

    @GetMapping("/console/alarms")
    String page(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("me", me);
        queue(me, model);
        return "alarms";
    }

    @GetMapping("/console/alarms/queue")
    String queue(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        List<AlarmView> queue = alarms.queue(me.tenantId(), SHOWN);
        model.addAttribute("alarms", queue);
        model.addAttribute("queueLength", queue.size() < SHOWN ? queue.size() : alarms.queueLength(me.tenantId()));
        model.addAttribute("siteNames", sites.list(me.tenantId(), null).stream()
                .collect(java.util.stream.Collectors.toMap(s -> s.id(), s -> s.name())));
        return "alarms :: queue";
    }

    @GetMapping("/console/alarms/kpis")
    String kpis(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "24") int hours, Model model) {
        java.time.Instant to = clock.instant();
        int span = Math.clamp(hours, 1, 24 * 366);
        model.addAttribute("me", me);
        model.addAttribute("hours", span);
        model.addAttribute("kpis", alarms.kpis(me.tenantId(), to.minus(java.time.Duration.ofHours(span)), to));
        return "alarm-kpis";
    }

    @GetMapping("/console/alarms/{id:\\d+}")
    String alarm(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
        AlarmView alarm = alarms.find(me.tenantId(), id).orElseThrow(() -> new SitesPage.NotFound("no alarm " + id));
        model.addAttribute("me", me);
        model.addAttribute("alarm", alarm);
        model.addAttribute("site", sites.find(me.tenantId(), alarm.siteId()).orElse(null));
        model.addAttribute("trail", alarms.trail(me.tenantId(), id));
        model.addAttribute("checklist", alarms.checklist(me.tenantId(), id));
        model.addAttribute("contacts", contacts.contacts(me.tenantId(), alarm.siteId()).orElse(List.of()));
        var details = descriptions.details(me.tenantId(), alarm.siteId()).orElse(null);
        model.addAttribute("details", details);
        model.addAttribute("guardCompany", details == null ? null : details.guardCompany());
        model.addAttribute("zones", descriptions.zones(me.tenantId(), alarm.siteId()).orElse(List.of()));
        model.addAttribute("events", signals.recent(me.tenantId(), alarm.account(), 10));
        model.addAttribute("resolutions", List.of(Resolution.values()));
        model.addAttribute("dispatches", responses.dispatches(me.tenantId(), id));
        model.addAttribute("arming", arming.arming(me.tenantId(), alarm.siteId()).orElse(null));
        model.addAttribute("condition", conditions.of(me.tenantId(), alarm.siteId()).orElse(null));
        return "alarm";
    }

    @PostMapping("/console/alarms/{id}/take")
    String take(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
        try {
            alarms.take(me.tenantId(), id, me.email()).orElseThrow(() -> new SitesPage.NotFound("no alarm " + id));
        } catch (AlarmConflictException e) {
            redirect.addFlashAttribute("conflict", e.getMessage());
        }
        return "redirect:/console/alarms/" + id;
    }

    @PostMapping("/console/alarms/{id}/steps/{position}")
    String step(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @PathVariable int position,
                @RequestParam String outcome, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            alarms.settleStep(me.tenantId(), id, position, me.email(), "DONE".equals(outcome), reason)
                    .orElseThrow(() -> new SitesPage.NotFound("no alarm " + id));
        } catch (AlarmConflictException | IllegalArgumentException e) {
            redirect.addFlashAttribute("conflict", e.getMessage());
        }
        return "redirect:/console/alarms/" + id;
    }

    @PostMapping("/console/alarms/{id}/calls")
    String call(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam int contact,
                @RequestParam String outcome, RedirectAttributes redirect) {
        try {
            alarms.recordCall(me.tenantId(), id, me.email(), contact, AlarmQueue.CallOutcome.valueOf(outcome))
                    .orElseThrow(() -> new SitesPage.NotFound("no alarm " + id));
        } catch (AlarmConflictException | IllegalArgumentException e) {
            redirect.addFlashAttribute("conflict", e.getMessage());
        }
        return "redirect:/console/alarms/" + id;
    }

    @PostMapping("/console/alarms/{id}/verify")
    String verify(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam(required = false) String word,
                  RedirectAttributes redirect) {
        try {
            boolean matched = alarms.verify(me.tenantId(), id, me.email(), word)
                    .orElseThrow(() -> new SitesPage.NotFound("no alarm " + id));
            redirect.addFlashAttribute(matched ? "verified" : "conflict", matched ? "yes" : "the word does not match");
        } catch (AlarmConflictException | IllegalStateException e) {
            redirect.addFlashAttribute("conflict", e.getMessage());
        }
        return "redirect:/console/alarms/" + id;
    }

    @PostMapping("/console/alarms/{id}/close")
    String close(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam(required = false) String resolution,
                 @RequestParam(required = false) String note, RedirectAttributes redirect) {
        Resolution chosen;
        try {
            chosen = Resolution.valueOf(resolution == null ? "" : resolution.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("conflict", "choose a resolution");
            return "redirect:/console/alarms/" + id;
        }
        try {
            alarms.close(me.tenantId(), id, me.email(), chosen, note == null || note.length() <= 900 ? note : note.substring(0, 900))
                    .orElseThrow(() -> new SitesPage.NotFound("no alarm " + id));
        } catch (AlarmConflictException e) {
            redirect.addFlashAttribute("conflict", e.getMessage());
            return "redirect:/console/alarms/" + id;
        }
        return "redirect:/console/alarms";
    }
}
