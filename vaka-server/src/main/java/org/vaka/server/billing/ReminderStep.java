package org.vaka.server.billing;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The reminder ladder for an unpaid invoice: a free first reminder a week after the due date, a second one with a
 * fee two weeks later, and two weeks after that the debt goes to collection. Each step waits for the one before it,
 * so a reminder run that did not happen for a while never sends two steps at once.
 */
public enum ReminderStep {
    FIRST(1), SECOND(2), COLLECTION(3);

    public static final int DAYS_AFTER_DUE = 8;
    public static final int DAYS_BETWEEN = 14;

    private final int level;

    ReminderStep(int level) {
        this.level = level;
    }

    public int level() {
        return level;
    }

    /** The fee this step adds to what is owed: Swedish law allows 60 kr for a written reminder; Finland 5 €. */
    public long fee(Market market) {
        return this == SECOND ? (market == Market.SE ? 6_000 : 500) : 0;
    }

    /** The step due today for an invoice at the given level (0: never reminded), if any. */
    public static Optional<ReminderStep> due(LocalDate dueOn, int level, LocalDate remindedOn, LocalDate today) {
        return switch (level) {
            case 0 -> today.isBefore(dueOn.plusDays(DAYS_AFTER_DUE)) ? Optional.empty() : Optional.of(FIRST);
            case 1 -> today.isBefore(remindedOn.plusDays(DAYS_BETWEEN)) ? Optional.empty() : Optional.of(SECOND);
            case 2 -> today.isBefore(remindedOn.plusDays(DAYS_BETWEEN)) ? Optional.empty() : Optional.of(COLLECTION);
            default -> Optional.empty();
        };
    }
}
