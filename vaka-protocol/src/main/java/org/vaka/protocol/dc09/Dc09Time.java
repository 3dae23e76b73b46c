package org.vaka.protocol.dc09;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * The DC-09 timestamp {@code _HH:MM:SS,MM-DD-YYYY}: UTC, month before day, months counted from 1. Two
 * real implementations shipped a zero-based month (quirk 8), hence the hand-written, tested formatting.
 */
final class Dc09Time {

    /** Characters including the leading '_'. */
    static final int LENGTH = 20;

    private Dc09Time() {
    }

    /** Appends {@code _HH:MM:SS,MM-DD-YYYY}. */
    static StringBuilder append(StringBuilder sb, Instant time) {
        long seconds = time.getEpochSecond();
        long day = Math.floorDiv(seconds, 86_400);
        int secondOfDay = Math.floorMod(seconds, 86_400);
        LocalDate date = LocalDate.ofEpochDay(day);
        if (date.getYear() < 0 || date.getYear() > 9999) {
            throw new IllegalArgumentException("A DC-09 timestamp needs a four-digit year, not " + date.getYear());
        }
        sb.append('_');
        two(sb, secondOfDay / 3600).append(':');
        two(sb, secondOfDay / 60 % 60).append(':');
        two(sb, secondOfDay % 60).append(',');
        two(sb, date.getMonthValue()).append('-');
        two(sb, date.getDayOfMonth()).append('-');
        two(sb, date.getYear() / 100);
        return two(sb, date.getYear() % 100);
    }

    static String format(Instant time) {
        return append(new StringBuilder(LENGTH), time).toString();
    }

    private static StringBuilder two(StringBuilder sb, int v) {
        return sb.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }

    /** Whether s[at, at+20) looks like {@code _dd:dd:dd,dd-dd-dddd}, whatever the values. */
    static boolean hasShape(String s, int at) {
        if (s.length() - at != LENGTH || s.charAt(at) != '_') {
            return false;
        }
        for (int i = 1; i < LENGTH; i++) {
            char c = s.charAt(at + i);
            char expected = switch (i) {
                case 3, 6 -> ':';
                case 9 -> ',';
                case 12, 15 -> '-';
                default -> '0';
            };
            if (expected == '0' ? c < '0' || c > '9' : c != expected) {
                return false;
            }
        }
        return true;
    }

    /**
     * Parses a timestamp that {@link #hasShape has the shape}.
     *
     * @throws IllegalArgumentException saying which field is out of range
     */
    static Instant parse(String s, int at) {
        int hour = number(s, at + 1, 2);
        int minute = number(s, at + 4, 2);
        int second = number(s, at + 7, 2);
        int month = number(s, at + 10, 2);
        int day = number(s, at + 13, 2);
        int year = number(s, at + 16, 4);
        String text = s.substring(at, at + LENGTH);
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("Timestamp " + text + " has month " + two(month) + ", expected 01-12 (the format is MM-DD-YYYY)");
        }
        int monthLength = Month.of(month).length(Year.isLeap(year));
        if (day < 1 || day > monthLength) {
            throw new IllegalArgumentException("Timestamp " + text + " has day " + two(day) + ", expected 01-" + monthLength + " for month " + two(month));
        }
        if (hour > 23 || minute > 59 || second > 59) {
            throw new IllegalArgumentException("Timestamp " + text + " has time " + two(hour) + ":" + two(minute) + ":" + two(second)
                    + ", expected 00:00:00-23:59:59");
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3600L + minute * 60L + second);
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    private static int number(String s, int from, int n) {
        int v = 0;
        for (int i = from; i < from + n; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }
}
