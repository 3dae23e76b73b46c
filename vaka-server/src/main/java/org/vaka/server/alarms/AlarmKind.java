package org.vaka.server.alarms;

import java.util.Optional;

/**
 * What an alarm is about, and how urgent: life first (fire, panic, duress, medical), then burglary, then the
 * system's own protection (tamper, jamming, lost communication), then technical faults. 1 is the most urgent.
 */
public enum AlarmKind {
    FIRE(1), PANIC(1), DURESS(1), MEDICAL(1),
    BURGLARY(2),
    TAMPER(3), SUPERVISION(3),
    TECHNICAL(4);

    private final int priority;

    AlarmKind(int priority) {
        this.priority = priority;
    }

    public int priority() {
        return priority;
    }

    /** The kind of alarm an event category raises; none for openings, closings, tests and the like. */
    public static Optional<AlarmKind> of(String category) {
        if (category == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(category));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
