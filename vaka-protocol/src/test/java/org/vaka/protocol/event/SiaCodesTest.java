package org.vaka.protocol.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SiaCodesTest {

    /** Every code in DC09.md §2.2. */
    private static final List<String> DC09_MD_CODES = List.of(
            "BA", "BH", "BR", "BB", "BU", "BT", "BJ", "BC", "BX", "FA", "FH", "FR", "FT", "FJ", "FB", "PA", "PH", "PR",
            "HA", "HH", "HR", "MA", "MH", "MR", "QA", "KA", "KH", "WA", "WH", "GA", "GH", "ZA", "UA", "TA", "TR", "XQ",
            "XH", "XT", "XR", "OP", "CL", "OA", "CA", "CG", "NL", "OR", "CR", "OI", "CI", "OS", "CS", "OC", "EE", "JA",
            "JV", "JP", "JD", "JT", "AT", "AR", "YT", "YR", "YM", "YP", "YQ", "YC", "YK", "YS", "YX", "YZ", "ET", "ER",
            "NT", "NR", "RP", "RX", "TX", "TS", "TE", "RR", "RB", "RS", "LB", "LX", "YG");

    private static SiaCode code(String code) {
        return SiaCodes.lookup(code).orElseThrow();
    }

    @Test
    void atLeastOneHundredCodes() {
        assertThat(SiaCodes.all()).hasSizeGreaterThanOrEqualTo(100);
    }

    @Test
    void everyCodeListedInTheProtocolNotesIsKnown() {
        assertThat(DC09_MD_CODES).allSatisfy(c -> assertThat(SiaCodes.lookup(c)).as(c).isPresent());
    }

    @Test
    void codesAreTwoUpperCaseLettersWithMeaningAndAddressType() {
        assertThat(SiaCodes.all()).allSatisfy(c -> {
            assertThat(c.code()).matches("[A-Z]{2}");
            assertThat(c.meaning()).isNotBlank();
            assertThat(c.category()).isNotNull();
            assertThat(c.addressType()).isIn(SiaCode.ZONE, SiaCode.USER, SiaCode.AREA, SiaCode.DEVICE, SiaCode.NONE);
        });
    }

    @Test
    void addressTypesFollowTheProtocolNotes() {
        for (String zone : List.of("BA", "BB", "FA", "PA", "HA", "MA", "TA", "XT", "OS", "CS")) {
            assertThat(code(zone).addressType()).as(zone).isEqualTo(SiaCode.ZONE);
        }
        for (String user : List.of("OP", "CL", "BC", "OR", "CR", "OC", "EE", "JV", "JP", "JD", "JT", "RX")) {
            assertThat(code(user).addressType()).as(user).isEqualTo(SiaCode.USER);
        }
        for (String area : List.of("OA", "CA", "CG", "NL", "OI", "CI", "JA")) {
            assertThat(code(area).addressType()).as(area).isEqualTo(SiaCode.AREA);
        }
        for (String none : List.of("AT", "AR", "YT", "YC", "RP", "TX", "RR", "YG")) {
            assertThat(code(none).addressType()).as(none).isEqualTo(SiaCode.NONE);
        }
        for (String device : List.of("XQ", "XH", "ET", "ER", "NT", "NR")) {
            assertThat(code(device).addressType()).as(device).isEqualTo(SiaCode.DEVICE);
        }
    }

    @Test
    void restoreCodes() {
        for (String restore : List.of("BR", "BH", "BJ", "BU", "FR", "FH", "FJ", "PR", "PH", "HR", "HH", "MR", "MH", "TR", "XH",
                "XR", "AR", "YR", "YQ", "YK", "YZ", "ER", "NR", "KH", "WH", "GH")) {
            assertThat(code(restore).restore()).as(restore).isTrue();
        }
        for (String alarm : List.of("BA", "BB", "BT", "FA", "FT", "PA", "HA", "MA", "TA", "XQ", "XT", "AT", "YT", "YC", "OP", "CL", "RP")) {
            assertThat(code(alarm).restore()).as(alarm).isFalse();
        }
    }

    @Test
    void categories() {
        assertThat(code("BA").category()).isEqualTo(EventCategory.BURGLARY);
        assertThat(code("FA").category()).isEqualTo(EventCategory.FIRE);
        assertThat(code("PA").category()).isEqualTo(EventCategory.PANIC);
        assertThat(code("HA").category()).as("hold-up").isEqualTo(EventCategory.PANIC);
        assertThat(code("ND").category()).as("duress disarm").isEqualTo(EventCategory.DURESS);
        assertThat(code("MA").category()).isEqualTo(EventCategory.MEDICAL);
        assertThat(code("TA").category()).isEqualTo(EventCategory.TAMPER);
        assertThat(code("XQ").category()).as("jamming").isEqualTo(EventCategory.TAMPER);
        assertThat(code("BT").category()).isEqualTo(EventCategory.TECHNICAL);
        assertThat(code("AT").category()).isEqualTo(EventCategory.TECHNICAL);
        assertThat(code("YC").category()).isEqualTo(EventCategory.SUPERVISION);
        assertThat(code("OP").category()).isEqualTo(EventCategory.OPENING_CLOSING);
        assertThat(code("CL").category()).isEqualTo(EventCategory.OPENING_CLOSING);
        assertThat(code("RP").category()).isEqualTo(EventCategory.TEST);
        assertThat(code("RX").category()).isEqualTo(EventCategory.TEST);
        assertThat(code("BB").category()).isEqualTo(EventCategory.OTHER);
        assertThat(code("GA").category()).isEqualTo(EventCategory.FIRE);
    }

    @Test
    void unknownAndNullLookups() {
        assertThat(SiaCodes.lookup("ZQ")).isEmpty();
        assertThat(SiaCodes.lookup("ba")).isEmpty();
        assertThat(SiaCodes.lookup(null)).isEmpty();
    }
}
