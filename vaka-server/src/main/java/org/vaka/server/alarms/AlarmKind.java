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
        return category == null ? Optional.empty() : Optional.ofNullable(BY_CATEGORY.get(category));
    }

    /**
     * The kinds events raise, by category name: looked up for every signal, so a map rather than valueOf's exception.
     * The kinds the server raises itself (arming control, a test's call-back) are not among them.
     */
    private static final java.util.Map<String, AlarmKind> BY_CATEGORY = java.util.Arrays.stream(values())
            .filter(kind -> kind != UNEXPECTED_DISARM && kind != LATE_TO_ARM && kind != TEST_CALLBACK)
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Enum::name, kind -> kind));
}
