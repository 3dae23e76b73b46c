package org.vaka.server.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vaka.server.billing.BgMaxSample;
import org.vaka.server.billing.InvalidBillingInputException;

/** BgMax files built from the published record layout, read back; and files that are not BgMax refused by line. */
class BgMaxFileTest {

    @Test
    void readsPaymentsDeductionsAndExtraReferencesWithTheirDepositDay() {
        String file = new BgMaxSample()
                .payment("10000172", 50_900, "000000000001", "Anna Andersson")
                .deduction("10000180", 1_000, "000000000002")
                .deposit(LocalDate.of(2026, 11, 24))
                .paymentWithExtraReference("10000198", 12_345, "000000000003")
                .deposit(LocalDate.of(2026, 11, 25))
                .file();

        List<BgMaxFile.Payment> payments = BgMaxFile.parse(file);

        assertThat(payments).hasSize(3);
        assertThat(payments.get(0)).isEqualTo(new BgMaxFile.Payment("10000172", 50_900, LocalDate.of(2026, 11, 24),
                "Anna Andersson", "000000000001", List.of()));
        assertThat(payments.get(1).amount()).isEqualTo(-1_000);
        assertThat(payments.get(2).reference()).isEmpty();
        assertThat(payments.get(2).extraReferences()).containsExactly("10000198");
        assertThat(payments.get(2).paidOn()).isEqualTo(LocalDate.of(2026, 11, 25));
    }

    @Test
    void refusesWhatIsNotBgMax() {
        assertThatThrownBy(() -> BgMaxFile.parse("hello")).isInstanceOf(InvalidBillingInputException.class)
                .hasMessageContaining("line 1");
        String valid = new BgMaxSample().payment("10000172", 100, "1", "X").deposit(LocalDate.of(2026, 1, 2)).file();
        String wrongCount = valid.replace("70" + "00000001", "70" + "00000002");
        assertThatThrownBy(() -> BgMaxFile.parse(wrongCount)).hasMessageContaining("counts");
        String truncated = valid.substring(0, valid.indexOf("\r\n70"));
        assertThatThrownBy(() -> BgMaxFile.parse(truncated)).hasMessageContaining("70");
        String badAmount = valid.replace("000000000000000100", "0000000000000001X0");
        assertThatThrownBy(() -> BgMaxFile.parse(badAmount)).hasMessageContaining("amount");
    }
}
