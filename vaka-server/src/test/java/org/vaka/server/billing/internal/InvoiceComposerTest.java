package org.vaka.server.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vaka.server.billing.InvoiceLine;
import org.vaka.server.billing.InvoicingPeriod;
import org.vaka.server.billing.Market;
import org.vaka.server.billing.OneOffItem;
import org.vaka.server.billing.PaymentMethod;

/** Which month a contract is invoiced in, and what its invoice holds. */
class InvoiceComposerTest {

    final Billable quarterlyPaper = new Billable(7, Market.SE, LocalDate.of(2029, 2, 10), InvoicingPeriod.QUARTERLY,
            PaymentMethod.PAPER, 10_000, 2_000, null);

    @Test
    void aMidQuarterStartIsInvoicedProRataInItsActivationMonth() {
        assertThat(InvoiceComposer.periodStartIn(quarterlyPaper, YearMonth.of(2029, 1))).isEmpty();
        assertThat(InvoiceComposer.periodStartIn(quarterlyPaper, YearMonth.of(2029, 2))).contains(LocalDate.of(2029, 1, 1));
        assertThat(InvoiceComposer.periodStartIn(quarterlyPaper, YearMonth.of(2029, 3))).isEmpty();
        assertThat(InvoiceComposer.periodStartIn(quarterlyPaper, YearMonth.of(2029, 4))).contains(LocalDate.of(2029, 4, 1));

        var draft = InvoiceComposer.compose(quarterlyPaper, LocalDate.of(2029, 1, 1), List.of());
        // 50 of the quarter's 90 days
        assertThat(draft.lines()).containsExactly(
                new InvoiceLine("Larmabonnemang", 16_667, 4_167),
                new InvoiceLine("Hyra centralenhet", 3_333, 833),
                new InvoiceLine("Pappersfakturaavgift", 4_720, 1_180));
        assertThat(draft.net() + draft.vat()).isEqualTo(30_900);
    }

    @Test
    void anEndedContractIsInvoicedUpToItsLastDayAndThenNoMore() {
        Billable ending = new Billable(8, Market.FI, LocalDate.of(2025, 5, 20), InvoicingPeriod.MONTHLY,
                PaymentMethod.E_INVOICE, 3_100, 0, LocalDate.of(2027, 3, 19));
        var march = InvoiceComposer.compose(ending, LocalDate.of(2027, 3, 1), List.of(
                new InvoiceComposer.Charge(8, OneOffItem.KEY_RETURN, OneOffItem.KEY_RETURN.net(Market.FI))));
        assertThat(march.lines()).extracting(InvoiceLine::net).containsExactly(1_900L, 15_920L);
        assertThat(march.lines().getFirst().vat()).isEqualTo(485);
        assertThat(InvoiceComposer.periodStartIn(ending, YearMonth.of(2027, 4))).isEmpty();
    }
}
