package org.vaka.server.console;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vaka.server.alarms.ArmingControl;
import org.vaka.server.alarms.ArmingSchedule;
import org.vaka.server.alarms.SiteMode;
import org.vaka.server.alarms.SiteModes;
import org.vaka.server.identity.StaffPrincipal;

/**
 * What an operator sets on a site when the customer calls: test or service mode for a while, and the site's arming
 * schedule (opening hours, tolerance, holidays). Shown on the site's page; operators may change both.
 */
@Controller
class SiteControlPage {

    private final SiteModes modes;
    private final ArmingControl arming;
    private final Clock clock;

    SiteControlPage(SiteModes modes, ArmingControl arming, Clock clock) {
        this.modes = modes;
        this.arming = arming;
        this.clock = clock;
    }

    @PostMapping("/console/sites/{siteId}/modes")
    String setMode(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long siteId, @RequestParam(required = false) String mode,
                   @RequestParam(required = false) String zone, @RequestParam(defaultValue = "60") int minutes,
                   RedirectAttributes redirect) {
        try {
            SiteMode.Kind kind = SiteMode.Kind.valueOf(mode == null ? "" : mode.toUpperCase(Locale.ROOT));
            String onlyZone = zone == null || zone.isBlank() ? null : String.format("%02d", Integer.parseInt(zone.strip()));
            var from = clock.instant();
            modes.set(me.tenantId(), siteId, kind, onlyZone, from, from.plus(Duration.ofMinutes(minutes)), me.email())
                    .orElseThrow(() -> new SitesPage.NotFound("no site " + siteId));
            redirect.addFlashAttribute("saved", true);
        } catch (IllegalArgumentException e) { // an unknown mode, a zone that is no number, a period too long
            redirect.addFlashAttribute("invalid", "mode: " + e.getMessage());
        }
        return back(siteId);
    }

    @PostMapping("/console/sites/{siteId}/modes/{modeId}/end")
    String endMode(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long siteId, @PathVariable long modeId,
                   RedirectAttributes redirect) {
        if (modes.end(me.tenantId(), siteId, modeId, me.email())) {
            redirect.addFlashAttribute("saved", true);
        } else {
            redirect.addFlashAttribute("invalid", "mode: " + modeId + " has ended already");
        }
        return back(siteId);
    }

    /** One row per weekday (Monday first); a day without both times is closed. Holidays: one "YYYY-MM-DD note" a line. */
    @PostMapping("/console/sites/{siteId}/arming")
    String schedule(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long siteId,
                    @RequestParam(defaultValue = "15") int tolerance, @RequestParam(defaultValue = "Europe/Stockholm") String timeZone,
                    @RequestParam(defaultValue = "") String[] disarmFrom, @RequestParam(defaultValue = "") String[] armBy,
                    @RequestParam(defaultValue = "") String holidays, RedirectAttributes redirect) {
        try {
            List<ArmingSchedule.OpeningHours> days = new ArrayList<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                String from = at(disarmFrom, day.ordinal());
                String by = at(armBy, day.ordinal());
                if (!from.isBlank() && !by.isBlank()) {
                    days.add(new ArmingSchedule.OpeningHours(day, LocalTime.parse(from), LocalTime.parse(by)));
                }
            }
            List<ArmingSchedule.Holiday> holidayList = new ArrayList<>();
            for (String line : holidays.strip().split("\\R")) {
                if (!line.isBlank()) {
                    String[] parts = line.strip().split("\\s+", 2);
                    holidayList.add(new ArmingSchedule.Holiday(LocalDate.parse(parts[0]), parts.length > 1 ? parts[1] : ""));
                }
            }
            if (!arming.replace(me.tenantId(), siteId,
                    new ArmingSchedule(tolerance, ZoneId.of(timeZone), days, holidayList))) {
                throw new SitesPage.NotFound("no site " + siteId);
            }
            redirect.addFlashAttribute("saved", true);
        } catch (DateTimeException | IllegalArgumentException e) {
            redirect.addFlashAttribute("invalid", "arming: " + e.getMessage());
        }
        return back(siteId);
    }

    @PostMapping("/console/sites/{siteId}/arming/remove")
    String removeSchedule(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long siteId, RedirectAttributes redirect) {
        arming.remove(me.tenantId(), siteId);
        redirect.addFlashAttribute("saved", true);
        return back(siteId);
    }

    private static String at(String[] values, int i) {
        return i < values.length && values[i] != null ? values[i].strip() : "";
    }

    private static String back(long siteId) {
        return "redirect:/console/sites/" + siteId;
    }
}
