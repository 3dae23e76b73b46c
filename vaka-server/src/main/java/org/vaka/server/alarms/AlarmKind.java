package org.vaka.server.alarms;

import java.util.Optional;

/**
 * What an alarm is about, and how urgent: life first (fire, panic, duress, medical), then burglary, then the
 * system's own protection (tamper, jamming, lost communication), then technical faults. 1 is the most urgent.
 * Arming control raises two of its own: a disarm outside the site's opening hours (someone with a code where nobody
 * should be — as urgent as a burglary) and a site not armed by its closing time. A test's call-back is last.
 */
public enum AlarmKind {
    FIRE(1), PANIC(1), DURESS(1), MEDICAL(1),
    BURGLARY(2), UNEXPECTED_DISARM(2),
    TAMPER(3), SUPERVISION(3), LATE_TO_ARM(3),
    TECHNICAL(4),
    TEST_CALLBACK(5);

    private final int priority;

    AlarmKind(int priority) {
        this.priority = priority;
    }

    public int priority() {
        return priority;
    }

    /** The kind of alarm an event category raises; none for openings, closings, tests and the like. */
    public static Optional<AlarmKind> of(String category) {
        if (category == null || !raisedByEvents(category)) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(category));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The kinds the server raises itself, from schedules and tests, never from a panel's event category. */
    private static boolean raisedByEvents(String category) {
        return !category.equals(UNEXPECTED_DISARM.name()) && !category.equals(LATE_TO_ARM.name())
                && !category.equals(TEST_CALLBACK.name());
    }
}
