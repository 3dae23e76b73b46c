package org.vaka.protocol.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContactIdCodesTest {

    /** Every code DC09.md §3.3 names individually. */
    private static final List<String> DC09_MD_CODES = List.of(
            "100", "101", "102", "110", "111", "112", "113", "114", "115", "116", "117", "118", "120", "121", "122", "123",
            "124", "125", "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "140", "143", "144", "145",
            "146", "147", "150", "151", "152", "153", "154", "158", "159", "161", "162", "200", "201", "202", "203", "204",
            "205", "206", "300", "301", "302", "303", "305", "306", "307", "309", "311", "312", "320", "321", "322", "323",
            "324", "325", "330", "331", "332", "333", "334", "335", "336", "337", "338", "339", "341", "342", "343", "344",
            "350", "351", "352", "353", "354", "355", "356", "370", "371", "372", "373", "374", "375", "376", "377", "378",
            "380", "381", "383", "384", "393", "400", "401", "402", "403", "404", "405", "406", "407", "408", "409", "411",
            "412", "413", "421", "423", "441", "442", "450", "451", "452", "453", "454", "455", "456", "457", "458", "459",
            "461", "462", "463", "464", "520", "521", "522", "523", "524", "525", "551", "570", "571", "572", "573", "574",
            "601", "602", "603", "604", "605", "606", "607", "608", "611", "612", "613", "614", "615", "616", "621", "622",
            "623", "624", "625", "626", "627", "628", "654");

    private static EventCategory category(String code) {
        return ContactIdCodes.lookup(code).orElseThrow().category();
    }

    @Test
    void atLeastEightyCodes() {
        assertThat(ContactIdCodes.all()).hasSizeGreaterThanOrEqualTo(80);
    }

    @Test
    void everyCodeListedInTheProtocolNotesIsKnown() {
        assertThat(DC09_MD_CODES).allSatisfy(c -> assertThat(ContactIdCodes.lookup(c)).as(c).isPresent());
    }

    @Test
    void codesAreThreeDigits() {
        assertThat(ContactIdCodes.all()).allSatisfy(c -> {
            assertThat(c.event()).matches("[0-9]{3}");
            assertThat(c.meaning()).isNotBlank();
        });
    }

    @Test
    void duressIsDuressAndHoldUpIsPanic() {
        assertThat(category("121")).isEqualTo(EventCategory.DURESS);
        assertThat(category("124")).isEqualTo(EventCategory.DURESS);
        assertThat(category("120")).isEqualTo(EventCategory.PANIC);
        assertThat(category("122")).isEqualTo(EventCategory.PANIC);
        assertThat(category("123")).isEqualTo(EventCategory.PANIC);
    }

    @Test
    void jammingIsTamper() {
        assertThat(category("344")).isEqualTo(EventCategory.TAMPER);
    }

    @Test
    void communicationTroublesAreSupervision() {
        for (int code = 350; code <= 356; code++) {
            assertThat(category(Integer.toString(code))).as("%d", code).isEqualTo(EventCategory.SUPERVISION);
        }
    }

    @Test
    void testsAreTest() {
        assertThat(category("601")).isEqualTo(EventCategory.TEST);
        assertThat(category("602")).isEqualTo(EventCategory.TEST);
        assertThat(category("603")).isEqualTo(EventCategory.TEST);
    }

    @Test
    void otherCategories() {
        assertThat(category("100")).isEqualTo(EventCategory.MEDICAL);
        assertThat(category("110")).isEqualTo(EventCategory.FIRE);
        assertThat(category("130")).isEqualTo(EventCategory.BURGLARY);
        assertThat(category("137")).isEqualTo(EventCategory.TAMPER);
        assertThat(category("301")).isEqualTo(EventCategory.TECHNICAL);
        assertThat(category("401")).isEqualTo(EventCategory.OPENING_CLOSING);
        assertThat(category("570")).isEqualTo(EventCategory.OTHER);
    }

    @Test
    void lookupAcceptsTheQualifiedForm() {
        assertThat(ContactIdCodes.lookup("1130")).isEqualTo(ContactIdCodes.lookup("130"));
        assertThat(ContactIdCodes.lookup("999")).isEmpty();
        assertThat(ContactIdCodes.lookup(null)).isEmpty();
    }
}
