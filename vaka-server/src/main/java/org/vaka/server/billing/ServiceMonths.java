package org.vaka.server.billing;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Service months start on the contract's activation day. The month-end rule: in a month that has no such day (an
 * activation on the 29th, 30th or 31st), the service month starts on that month's last day instead, and the next
 * month goes back to the activation day. Activated 31 January 2025: service months start 31 Jan, 28 Feb, 31 Mar,
 * 30 Apr, ... Activated 29 February 2024: 29 Mar, ..., 28 Feb 2025, ..., 29 Feb 2028. The rule is always taken from
 * the activation day, never from the previous start, so a short month never shifts the months after it.
 */
public record ServiceMonths(LocalDate activatedOn) {

    /** The service month that starts in the given calendar month. */
    public LocalDate startIn(YearMonth month) {
        return month.atDay(Math.min(activatedOn.getDayOfMonth(), month.lengthOfMonth()));
    }

    /** The start of the n-th service month after activation (0 is the activation day). */
    public LocalDate start(int n) {
        return startIn(YearMonth.from(activatedOn).plusMonths(n));
    }

    /** The first service-month start strictly after the day. */
    public LocalDate nextStartAfter(LocalDate day) {
        LocalDate inSameMonth = startIn(YearMonth.from(day));
        return inSameMonth.isAfter(day) ? inSameMonth : startIn(YearMonth.from(day).plusMonths(1));
    }

    /** The start of the service month that comes n service months after the given start. */
    public LocalDate plus(LocalDate serviceMonthStart, int n) {
        return startIn(YearMonth.from(serviceMonthStart).plusMonths(n));
    }
}
