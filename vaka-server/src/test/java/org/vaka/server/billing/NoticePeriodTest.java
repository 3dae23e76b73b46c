package org.vaka.server.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The notice arithmetic per market, as fixed examples and as properties over every day of 2024–2028. */
class NoticePeriodTest {

    @Test
    void theIssuesSwedishExample() {
        ContractTerms home = new ContractTerms(Market.SE, ContractKind.HOME, LocalDate.of(2025, 3, 15), 0);
        assertThat(home.endsOn(LocalDate.of(2026, 11, 26))).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void theIssuesFinnishExample() {
        ContractTerms home = new ContractTerms(Market.FI, ContractKind.HOME, LocalDate.of(2025, 5, 20), 0);
        assertThat(home.endsOn(LocalDate.of(2026, 11, 26))).isEqualTo(LocalDate.of(2027, 3, 19));
    }

    @ParameterizedTest(name = "FI activated {0}, notice {1} → ends {2}")
    @CsvSource({
            // notice on a service-month start counts from the next one
            "2025-05-20, 2026-11-20, 2027-03-19",
            "2025-05-20, 2026-11-19, 2027-02-19",
            // activated on the 31st: February's service month starts on its last day
            "2025-01-31, 2026-11-05, 2027-02-27",
            "2025-01-31, 2026-12-01, 2027-03-30",
            "2025-01-31, 2027-01-31, 2027-05-30",
            // activated on a leap day: the 29th where there is one, else the 28th
            "2024-02-29, 2026-11-30, 2027-03-28",
            "2024-02-29, 2027-11-30, 2028-03-28",
            "2024-02-29, 2027-10-30, 2028-02-28",
    })
    void finnishMonthEndsAndLeapDays(LocalDate activated, LocalDate notice, LocalDate ends) {
        assertThat(new ContractTerms(Market.FI, ContractKind.HOME, activated, 0).endsOn(notice)).isEqualTo(ends);
    }

    @Test
    void boBergsBusinessContractRunsToItsBindingEnd() {
        ContractTerms business = new ContractTerms(Market.SE, ContractKind.BUSINESS, LocalDate.of(2024, 6, 1), 36);
        assertThat(business.bindingEndsOn()).isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(business.endsOn(LocalDate.of(2026, 11, 26))).isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(business.endsOn(LocalDate.of(2027, 4, 2))).isEqualTo(LocalDate.of(2027, 7, 31));
    }

    @Test
    void bindingPeriodsAreOnlyTheOffered() {
        assertThatThrownBy(() -> new ContractTerms(Market.SE, ContractKind.BUSINESS, LocalDate.of(2024, 6, 1), 18))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ContractTerms(Market.SE, ContractKind.HOME, LocalDate.of(2024, 6, 1), 12))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static Stream<LocalDate> everyDay() {
        return LocalDate.of(2024, 1, 1).datesUntil(LocalDate.of(2029, 1, 1));
    }

    /** Activation days that exercise the month-end rule, and an ordinary one. */
    static final int[] ACTIVATION_DAYS = {1, 15, 20, 28, 29, 30, 31};

    @ParameterizedTest
    @MethodSource("everyDay")
    void swedishNoticeEndsOnTheLastDayOfTheThirdWholeMonth(LocalDate notice) {
        LocalDate ends = new ContractTerms(Market.SE, ContractKind.HOME, LocalDate.of(2023, 1, 31), 0).endsOn(notice);
        assertThat(ends).isEqualTo(ends.withDayOfMonth(ends.lengthOfMonth()));
        assertThat(ChronoUnit.MONTHS.between(YearMonth.from(notice), YearMonth.from(ends))).isEqualTo(3);
    }

    @ParameterizedTest
    @MethodSource("everyDay")
    void finnishNoticeEndsTheDayBeforeAServiceMonthStarts(LocalDate notice) {
        for (int day : ACTIVATION_DAYS) {
            LocalDate activated = LocalDate.of(2023, 12, day);
            ServiceMonths months = new ServiceMonths(activated);
            LocalDate ends = new ContractTerms(Market.FI, ContractKind.HOME, activated, 0).endsOn(notice);
            LocalDate nextStart = ends.plusDays(1);
            assertThat(nextStart).isEqualTo(months.startIn(YearMonth.from(nextStart)));
            // at least three and at most four service months after the notice
            assertThat(nextStart).isAfter(months.plus(months.startIn(YearMonth.from(notice)), 3).minusDays(1));
            assertThat(nextStart).isBeforeOrEqualTo(months.plus(months.nextStartAfter(notice), 3));
            assertThat(ChronoUnit.DAYS.between(notice, ends)).isBetween(89L, 123L);
        }
    }

    @ParameterizedTest
    @MethodSource("everyDay")
    void businessNoticeNeverEndsBeforeTheBindingEnd(LocalDate notice) {
        for (Market market : Market.values()) {
            for (int binding : new int[] {12, 24, 36, 60}) {
                for (int day : ACTIVATION_DAYS) {
                    ContractTerms terms = new ContractTerms(market, ContractKind.BUSINESS, LocalDate.of(2023, 12, day), binding);
                    LocalDate ends = terms.endsOn(notice);
                    assertThat(ends).isAfterOrEqualTo(terms.bindingEndsOn());
                    assertThat(ends).isAfterOrEqualTo(new ContractTerms(market, ContractKind.HOME,
                            terms.activatedOn(), 0).endsOn(notice));
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("everyDay")
    void serviceMonthsStartOnTheActivationDayOrTheMonthsLastDay(LocalDate activated) {
        ServiceMonths months = new ServiceMonths(activated);
        for (int n = 0; n <= 60; n++) {
            LocalDate start = months.start(n);
            assertThat(start.getDayOfMonth()).isEqualTo(Math.min(activated.getDayOfMonth(), start.lengthOfMonth()));
            assertThat(ChronoUnit.MONTHS.between(YearMonth.from(activated), YearMonth.from(start))).isEqualTo(n);
        }
    }
}
