package org.vaka.server.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The reminder ladder: one step at a time, each waiting for the one before. */
class ReminderStepTest {

    static final LocalDate DUE = LocalDate.of(2026, 10, 31);

    @Test
    void theLadder() {
        assertThat(ReminderStep.due(DUE, 0, null, LocalDate.of(2026, 11, 7))).isEmpty();
        assertThat(ReminderStep.due(DUE, 0, null, LocalDate.of(2026, 11, 8))).contains(ReminderStep.FIRST);
        assertThat(ReminderStep.due(DUE, 1, LocalDate.of(2026, 11, 8), LocalDate.of(2026, 11, 21))).isEmpty();
        assertThat(ReminderStep.due(DUE, 1, LocalDate.of(2026, 11, 8), LocalDate.of(2026, 11, 22))).contains(ReminderStep.SECOND);
        assertThat(ReminderStep.due(DUE, 2, LocalDate.of(2026, 11, 22), LocalDate.of(2026, 12, 6))).contains(ReminderStep.COLLECTION);
        assertThat(ReminderStep.due(DUE, 3, LocalDate.of(2026, 12, 6), LocalDate.of(2027, 12, 6))).isEmpty();
        assertThat(ReminderStep.FIRST.fee(Market.SE)).isZero();
        assertThat(ReminderStep.SECOND.fee(Market.SE)).isEqualTo(6_000);
        assertThat(ReminderStep.SECOND.fee(Market.FI)).isEqualTo(500);
    }

    static java.util.stream.Stream<LocalDate> everyDay() {
        return LocalDate.of(2026, 1, 1).datesUntil(LocalDate.of(2027, 1, 1));
    }

    /** Run every day from the due date: the steps come 8, 22 and 36 days after it, never two on one day. */
    @ParameterizedTest
    @MethodSource("everyDay")
    void runDailyTheStepsComeAtTheirDays(LocalDate due) {
        int level = 0;
        LocalDate remindedOn = null;
        for (LocalDate day = due; day.isBefore(due.plusDays(120)); day = day.plusDays(1)) {
            Optional<ReminderStep> step = ReminderStep.due(due, level, remindedOn, day);
            if (step.isPresent()) {
                assertThat(day).isEqualTo(due.plusDays(8 + 14L * level));
                level = step.get().level();
                remindedOn = day;
            }
        }
        assertThat(level).isEqualTo(3);
    }
}
