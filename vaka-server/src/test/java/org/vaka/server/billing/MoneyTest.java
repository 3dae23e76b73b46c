package org.vaka.server.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** VAT per line rounded half up; pro-rata shares of a period. */
class MoneyTest {

    @ParameterizedTest
    @CsvSource({"SE, 31920, 7980", "SE, 4720, 1180", "SE, 2, 1", "SE, 1, 0", "FI, 3990, 1017", "FI, 100, 26",
            "FI, 2, 1", "FI, -100, -26"})
    void vatIsRoundedHalfUpPerLine(Market market, long net, long vat) {
        assertThat(market.vatOn(net)).isEqualTo(vat);
    }

    @Test
    void proRataSharesOfAPeriod() {
        LocalDate start = LocalDate.of(2025, 3, 1);
        LocalDate end = LocalDate.of(2025, 3, 31);
        assertThat(ProRata.share(31900, start, end, LocalDate.of(2025, 2, 1), null)).isEqualTo(31900);
        // activated 15 March: 17 of 31 days
        assertThat(ProRata.share(31900, start, end, LocalDate.of(2025, 3, 15), null)).isEqualTo(17494);
        assertThat(ProRata.share(31900, start, end, LocalDate.of(2025, 3, 15), LocalDate.of(2025, 3, 15))).isEqualTo(1029);
        assertThat(ProRata.share(31900, start, end, LocalDate.of(2025, 4, 1), null)).isZero();
        assertThat(InvoicingPeriod.QUARTERLY.startOf(LocalDate.of(2025, 8, 17))).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(InvoicingPeriod.HALF_YEARLY.endOf(LocalDate.of(2025, 7, 1))).isEqualTo(LocalDate.of(2025, 12, 31));
    }
}
