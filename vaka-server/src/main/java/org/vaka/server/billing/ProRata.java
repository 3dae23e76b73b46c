package org.vaka.server.billing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The share of a period's price for the days a contract actually runs in it: the full price times covered days over
 * the period's days, rounded half up to the minor unit. A whole period is always exactly the full price.
 */
public final class ProRata {

    private ProRata() {
    }

    public static long share(long periodNet, LocalDate periodStart, LocalDate periodEnd, LocalDate from, LocalDate to) {
        LocalDate first = from.isAfter(periodStart) ? from : periodStart;
        LocalDate last = to == null || to.isAfter(periodEnd) ? periodEnd : to;
        if (last.isBefore(first)) {
            return 0;
        }
        long periodDays = ChronoUnit.DAYS.between(periodStart, periodEnd) + 1;
        long covered = ChronoUnit.DAYS.between(first, last) + 1;
        if (covered == periodDays) {
            return periodNet;
        }
        return Math.floorDiv(periodNet * covered * 2 + periodDays, periodDays * 2);
    }
}
