package org.vaka.server.alarms.web;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vaka.server.alarms.ArmingControl;
import org.vaka.server.alarms.ArmingSchedule;
import org.vaka.server.identity.StaffPrincipal;
import org.vaka.server.sites.Sites;

/**
 * Arming control of a site: its schedule ({@code PUT} replaces it whole, {@code DELETE} ends the control) and its
 * arming as last reported.
 */
@RestController
@RequestMapping("/api/v1/sites/{siteId}")
class ArmingControlApi {

    private final ArmingControl control;
    private final Sites sites;

    ArmingControlApi(ArmingControl control, Sites sites) {
        this.control = control;
        this.sites = sites;
    }

    record Day(String day, String disarmFrom, String armBy) {
    }

    record Holiday(String date, String note) {
    }

    /** Times as HH:mm in the site's {@code timeZone} (default Europe/Stockholm). */
    record ScheduleRequest(Integer toleranceMinutes, String timeZone, List<Day> days, List<Holiday> holidays) {
    }

    @GetMapping("/arming-schedule")
    ResponseEntity<?> schedule(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long siteId) {
        if (sites.find(caller.tenantId(), siteId).isEmpty()) {
            return noSite(siteId);
        }
        return control.schedule(caller.tenantId(), siteId).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> Problems.notFound("site " + siteId + " is not under arming control"));
    }

    @PutMapping("/arming-schedule")
    ResponseEntity<?> replace(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long siteId,
                              @RequestBody ScheduleRequest request) {
        ArmingSchedule schedule;
        try {
            schedule = parse(request);
        } catch (InvalidField e) {
            return Problems.invalid(e.field, e.getMessage());
        }
        return control.replace(caller.tenantId(), siteId, schedule) ? ResponseEntity.ok(schedule) : noSite(siteId);
    }

    @DeleteMapping("/arming-schedule")
    ResponseEntity<?> remove(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long siteId) {
        if (sites.find(caller.tenantId(), siteId).isEmpty()) {
            return noSite(siteId);
        }
        return control.remove(caller.tenantId(), siteId) ? ResponseEntity.noContent().build()
                : Problems.notFound("site " + siteId + " is not under arming control");
    }

    @GetMapping("/arming")
    ResponseEntity<?> arming(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long siteId) {
        if (sites.find(caller.tenantId(), siteId).isEmpty()) {
            return noSite(siteId);
        }
        return ResponseEntity.ok(control.arming(caller.tenantId(), siteId).<Object>map(a -> a)
                .orElse(Map.of("state", "UNKNOWN")));
    }

    private static ArmingSchedule parse(ScheduleRequest request) {
        int tolerance = request.toleranceMinutes() == null ? 15 : request.toleranceMinutes();
        if (tolerance < 0 || tolerance > ArmingSchedule.MAX_TOLERANCE_MINUTES) {
            throw new InvalidField("toleranceMinutes", "toleranceMinutes must be 0.." + ArmingSchedule.MAX_TOLERANCE_MINUTES);
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(request.timeZone() == null ? "Europe/Stockholm" : request.timeZone().strip());
        } catch (DateTimeException e) {
            throw new InvalidField("timeZone", "unknown time zone: " + request.timeZone());
        }
        List<ArmingSchedule.OpeningHours> days = new ArrayList<>();
        for (Day day : request.days() == null ? List.<Day>of() : request.days()) {
            DayOfWeek weekday;
            try {
                weekday = DayOfWeek.valueOf(day.day() == null ? "" : day.day().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidField("days", "day must be MONDAY..SUNDAY, not " + day.day());
            }
            days.add(new ArmingSchedule.OpeningHours(weekday, time(day.disarmFrom(), "disarmFrom"), time(day.armBy(), "armBy")));
        }
        List<ArmingSchedule.Holiday> holidays = new ArrayList<>();
        for (Holiday holiday : request.holidays() == null ? List.<Holiday>of() : request.holidays()) {
            try {
                holidays.add(new ArmingSchedule.Holiday(LocalDate.parse(holiday.date()),
                        holiday.note() == null ? "" : holiday.note().strip()));
            } catch (RuntimeException e) {
                throw new InvalidField("holidays", "a holiday's date is YYYY-MM-DD, not " + holiday.date());
            }
            if (holiday.note() != null && holiday.note().length() > 200) {
                throw new InvalidField("holidays", "a holiday's note has at most 200 characters");
            }
        }
        try {
            return new ArmingSchedule(tolerance, zone, days, holidays);
        } catch (IllegalArgumentException e) {
            throw new InvalidField(e.getMessage().contains("holiday") ? "holidays" : "days", e.getMessage());
        }
    }

    private static LocalTime time(String text, String field) {
        try {
            return LocalTime.parse(text == null ? "" : text.strip());
        } catch (DateTimeException e) {
            throw new InvalidField("days", field + " is a time HH:mm, not " + text);
        }
    }

    private static ResponseEntity<?> noSite(long siteId) {
        return Problems.notFound("no site " + siteId);
    }

    /** A request that cannot become a schedule, and which of its fields says why. */
    private static final class InvalidField extends RuntimeException {
        final String field;

        InvalidField(String field, String message) {
            super(message);
            this.field = field;
        }
    }
}
