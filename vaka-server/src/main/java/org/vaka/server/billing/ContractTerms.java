package org.vaka.server.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

/**
 * The notice rules of one contract. Every contract has three months' notice; how they are counted is the market's:
 * <ul>
 * <li>Sweden: three whole calendar months after the month in which notice is given. Notice on 26 Nov 2026 ends the
 * contract on 28 Feb 2027; so does notice on 1 Nov or 30 Nov.</li>
 * <li>Finland: three service months counted from the first service month that starts after the notice day (notice
 * given on a service-month start counts from the next one). Activated on the 20th, notice on 26 Nov 2026: the next
 * service month starts 20 Dec 2026, the contract ends 19 Mar 2027. Month ends and leap days follow
 * {@link ServiceMonths}.</li>
 * </ul>
 * A business contract is bound for 12, 24, 36 or 60 months: its binding period ends the day before the service
 * month that starts that many months after activation (1 Jun 2024 + 36 months → 31 May 2027), and notice never ends
 * it earlier. Home contracts are never bound.
 */
public record ContractTerms(Market market, ContractKind kind, LocalDate activatedOn, int bindingMonths) {

    public static final Set<Integer> BINDING_MONTHS = Set.of(12, 24, 36, 60);
    public static final int NOTICE_MONTHS = 3;

    public ContractTerms {
        if (kind == ContractKind.HOME && bindingMonths != 0) {
            throw new IllegalArgumentException("a home contract has no binding period");
        }
        if (kind == ContractKind.BUSINESS && !BINDING_MONTHS.contains(bindingMonths)) {
            throw new IllegalArgumentException("a business contract is bound for 12, 24, 36 or 60 months");
        }
    }

    /** The last day of the binding period, or null for a home contract. */
    public LocalDate bindingEndsOn() {
        return bindingMonths == 0 ? null : new ServiceMonths(activatedOn).start(bindingMonths).minusDays(1);
    }

    /** The last day the contract runs when notice is given on the day. */
    public LocalDate endsOn(LocalDate givenOn) {
        LocalDate byNotice = switch (market) {
            case SE -> YearMonth.from(givenOn).plusMonths(NOTICE_MONTHS).atEndOfMonth();
            case FI -> {
                ServiceMonths months = new ServiceMonths(activatedOn);
                yield months.plus(months.nextStartAfter(givenOn), NOTICE_MONTHS).minusDays(1);
            }
        };
        LocalDate bindingEnd = bindingEndsOn();
        return bindingEnd != null && bindingEnd.isAfter(byNotice) ? bindingEnd : byNotice;
    }
}
