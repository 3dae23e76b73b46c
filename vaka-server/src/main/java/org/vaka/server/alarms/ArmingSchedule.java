package org.vaka.server.alarms;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When a site may be disarmed and must be armed again ("tillkopplingskontroll"): opening hours per weekday, a
 * tolerance either side, and holidays on which it stays armed all day. Weekdays without opening hours are closed.
 * Times are the site's local wall-clock times, so the rules follow summer time by themselves.
 */
public record ArmingSchedule(int toleranceMinutes, ZoneId zone, List<OpeningHours> days, List<Holiday> holidays) {

    public static final int MAX_TOLERANCE_MINUTES = 240;

    public record OpeningHours(DayOfWeek day, LocalTime disarmFrom, LocalTime armBy) {
    }

    public record Holiday(LocalDate day, String note) {
    }

    public ArmingSchedule {
        if (toleranceMinutes < 0 || toleranceMinutes > MAX_TOLERANCE_MINUTES) {
            throw new IllegalArgumentException("toleranceMinutes must be 0.." + MAX_TOLERANCE_MINUTES);
        }
        days = days.stream().sorted(Comparator.comparing(OpeningHours::day)).toList();
        holidays = holidays.stream().sorted(Comparator.comparing(Holiday::day)).toList();
        for (OpeningHours hours : days) {
            if (!hours.armBy().isAfter(hours.disarmFrom())) {
                throw new IllegalArgumentException(hours.day() + ": armBy must be after disarmFrom");
            }
        }
        if (days.stream().map(OpeningHours::day).distinct().count() != days.size()) {
            throw new IllegalArgumentException("each weekday at most once");
        }
        if (holidays.stream().map(Holiday::day).distinct().count() != holidays.size()) {
            throw new IllegalArgumentException("each holiday at most once");
        }
    }

    /** Why a disarm at this moment is unexpected, or empty when it is within the opening hours. */
    public Optional<String> unexpectedDisarm(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalDate day = local.toLocalDate();
        if (holiday(day).isPresent()) {
            return Optional.of("disarmed on a holiday (" + day + ", " + holiday(day).get().note() + ")");
        }
        Optional<OpeningHours> hours = hours(day.getDayOfWeek());
        if (hours.isEmpty()) {
            return Optional.of("disarmed on a closed day (" + day.getDayOfWeek() + ")");
        }
        ZonedDateTime earliest = day.atTime(hours.get().disarmFrom()).atZone(zone).minusMinutes(toleranceMinutes);
        ZonedDateTime latest = day.atTime(hours.get().armBy()).atZone(zone).plusMinutes(toleranceMinutes);
        if (local.isBefore(earliest)) {
            return Optional.of("disarmed at " + local.toLocalTime().withNano(0) + ", before opening at " + hours.get().disarmFrom());
        }
        if (local.isAfter(latest)) {
            return Optional.of("disarmed at " + local.toLocalTime().withNano(0) + ", after closing at " + hours.get().armBy());
        }
        return Optional.empty();
    }

    /** The moment the site must be armed on this day, tolerance included; empty on holidays and closed days. */
    public Optional<Instant> armDeadline(LocalDate day) {
        if (holiday(day).isPresent()) {
            return Optional.empty();
        }
        return hours(day.getDayOfWeek())
                .map(hours -> day.atTime(hours.armBy()).atZone(zone).plusMinutes(toleranceMinutes).toInstant());
    }

    public Optional<OpeningHours> hours(DayOfWeek day) {
        return days.stream().filter(hours -> hours.day() == day).findFirst();
    }

    private Optional<Holiday> holiday(LocalDate day) {
        return holidays.stream().filter(holiday -> holiday.day().equals(day)).findFirst();
    }
}
