package org.vaka.server.billing.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.vaka.server.billing.InvoiceLine;
import org.vaka.server.billing.Market;
import org.vaka.server.billing.OneOffItem;
import org.vaka.server.billing.ProRata;

/**
 * Decides whether a contract is invoiced in a month and what the invoice holds: the subscription and the equipment
 * rental for the period (pro-rata when the contract starts or ends inside it), one-off charges, and the payment
 * method's fee. VAT is computed per line.
 */
final class InvoiceComposer {

    private InvoiceComposer() {
    }

    record Draft(long contractId, LocalDate periodStart, LocalDate periodEnd, List<InvoiceLine> lines) {

        long net() {
            return lines.stream().mapToLong(InvoiceLine::net).sum();
        }

        long vat() {
            return lines.stream().mapToLong(InvoiceLine::vat).sum();
        }
    }

    record Charge(long contractId, OneOffItem item, long net) {
    }

    /** The period the contract is invoiced for in the month, if any. */
    static Optional<LocalDate> periodStartIn(Billable c, YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate periodStart = c.period().startOf(first);
        LocalDate periodEnd = c.period().endOf(periodStart);
        boolean startsInMonth = periodStart.equals(first);
        boolean activatedInMonth = YearMonth.from(c.activatedOn()).equals(month);
        boolean runsInPeriod = !c.activatedOn().isAfter(periodEnd)
                && (c.endsOn() == null || !c.endsOn().isBefore(c.activatedOn().isAfter(periodStart) ? c.activatedOn() : periodStart));
        return (startsInMonth || activatedInMonth) && runsInPeriod && !c.activatedOn().isAfter(month.atEndOfMonth())
                ? Optional.of(periodStart) : Optional.empty();
    }

    static Draft compose(Billable c, LocalDate periodStart, List<Charge> charges) {
        Market market = c.market();
        LocalDate periodEnd = c.period().endOf(periodStart);
        int months = c.period().months();
        List<InvoiceLine> lines = new ArrayList<>();
        add(lines, market, market == Market.SE ? "Larmabonnemang" : "Hälytyspalvelu / Larmtjänst",
                ProRata.share(c.monthlyFee() * months, periodStart, periodEnd, c.activatedOn(), c.endsOn()));
        if (c.monthlyRental() > 0) {
            add(lines, market, market == Market.SE ? "Hyra centralenhet" : "Keskusyksikön vuokra / Hyra centralenhet",
                    ProRata.share(c.monthlyRental() * months, periodStart, periodEnd, c.activatedOn(), c.endsOn()));
        }
        for (Charge charge : charges) {
            add(lines, market, charge.item().description(market), charge.net());
        }
        long fee = c.paymentMethod().feeNet(market);
        if (fee > 0) {
            add(lines, market, market == Market.SE ? "Pappersfakturaavgift" : "Paperilaskulisä / Pappersfakturaavgift", fee);
        }
        return new Draft(c.id(), periodStart, periodEnd, lines);
    }

    private static void add(List<InvoiceLine> lines, Market market, String description, long net) {
        lines.add(new InvoiceLine(description, net, market.vatOn(net)));
    }
}
