package org.vaka.server.billing;

import java.time.LocalDate;

/**
 * How often a contract is invoiced, always in advance. Periods follow the calendar (quarters start in January,
 * April, July and October), so every contract on one cycle is invoiced by the same run.
 */
public enum InvoicingPeriod {
    MONTHLY(1), QUARTERLY(3), HALF_YEARLY(6), YEARLY(12);

    private final int months;

    InvoicingPeriod(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    /** The first day of the period that contains the day. */
    public LocalDate startOf(LocalDate day) {
        int monthIndex = day.getMonthValue() - 1;
        return LocalDate.of(day.getYear(), monthIndex - monthIndex % months + 1, 1);
    }

    /** The last day of the period that starts on the given day. */
    public LocalDate endOf(LocalDate periodStart) {
        return periodStart.plusMonths(months).minusDays(1);
    }

    public boolean startsOn(LocalDate day) {
        return startOf(day).equals(day);
    }
}
