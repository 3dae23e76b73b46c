package org.vaka.protocol.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vaka.protocol.dc09.CrcFormat;
import org.vaka.protocol.dc09.Dc09Frame;
import org.vaka.protocol.dc09.Dc09Message;

/** SIA DC-03 data as real panels send it (DC09.md §2.1, quirks 10 and 12), and the token dispatch. */
class EventDecoderTest {

    private static List<AlarmEvent> sia(String data) {
        return EventDecoder.decode("SIA-DCS", data);
    }

    private static AlarmEvent one(String data) {
        List<AlarmEvent> events = sia(data);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static Dc09Message message(String token, String data) {
        Dc09Frame frame = new Dc09Frame(CrcFormat.HEX, token, false, "0001", null, "0", "1234", "0001L0#1234", "[" + data + "]");
        return new Dc09Message(frame, data, List.of(), Instant.EPOCH);
    }

    @Test
    void burglaryAlarmWithAreaAndZone() {
        assertThat(one("#1234|Nri1/BA01")).isEqualTo(new AlarmEvent(EventFormat.SIA_DCS, "BA", "Burglary alarm",
                EventCategory.BURGLARY, false, true, "01", null, "1", null, "Nri1/BA01"));
    }

    @Test
    void severalEventsInOneBlockShareTheArea() {
        List<AlarmEvent> events = sia("#1234|Nri1/BA01/BA02");
        assertThat(events).extracting(AlarmEvent::code).containsExactly("BA", "BA");
        assertThat(events).extracting(AlarmEvent::zone).containsExactly("01", "02");
        assertThat(events).extracting(AlarmEvent::partition).containsExactly("1", "1");
    }

    @Test
    void modifierChangesMidBlock() {
        List<AlarmEvent> events = sia("#1234|Nri1/BA01/ri2/FA03");
        assertThat(events).extracting(AlarmEvent::partition).containsExactly("1", "2");
        assertThat(events.get(1).category()).isEqualTo(EventCategory.FIRE);
    }

    @Test
    void severalBlocks() {
        assertThat(sia("#1234|Nri1/BA01|Nri2/FA03")).extracting(AlarmEvent::code).containsExactly("BA", "FA");
    }

    @Test
    void quirk10_timeModifierWithSecondsAndNoSlash() {
        AlarmEvent e = one("#0123|Nti20:50:26RP99");
        assertThat(e.code()).isEqualTo("RP");
        assertThat(e.category()).isEqualTo(EventCategory.TEST);
        assertThat(e.zone()).isEqualTo("99");
        assertThat(e.partition()).isNull();
        assertThat(e.raw()).isEqualTo("Nti20:50:26RP99");
    }

    @Test
    void quirk10_textBlockWithoutSlash_galaxyStyle() {
        AlarmEvent e = one("#000110|Nri0RP2^SL 1807110200065423^");
        assertThat(e.code()).isEqualTo("RP");
        assertThat(e.text()).isEqualTo("SL 1807110200065423");
        assertThat(e.partition()).as("ri0 means no area").isNull();
        assertThat(e.raw()).isEqualTo("Nri0RP2^SL 1807110200065423^");
    }

    @Test
    void textIsTrimmed() {
        assertThat(one("Nri0KR1^TAST. 001 ^").text()).isEqualTo("TAST. 001");
    }

    @Test
    void quirk10_noSeparatorAfterTheArea_dc09SptStyle() {
        AlarmEvent e = one("Nri1BA1");
        assertThat(e.code()).isEqualTo("BA");
        assertThat(e.zone()).isEqualTo("1");
        assertThat(e.partition()).isEqualTo("1");
    }

    @Test
    void quirk10_noModifiersAtAll() {
        AlarmEvent e = one("NBA4");
        assertThat(e.code()).isEqualTo("BA");
        assertThat(e.zone()).isEqualTo("4");
    }

    @Test
    void quirk10_alphaVisionEmptyBlockBeforeTheEvent() {
        AlarmEvent e = one("#0001|0|NRP");
        assertThat(e.code()).isEqualTo("RP");
        assertThat(e.zone()).isNull();
        assertThat(e.raw()).isEqualTo("NRP");
    }

    @Test
    void quirk10_lettersGluedToTheNumberAreIgnored() {
        AlarmEvent e = one("#006969|Nri04/OP001NM");
        assertThat(e.code()).isEqualTo("OP");
        assertThat(e.user()).isEqualTo("001");
        assertThat(e.partition()).isEqualTo("04");
        assertThat(e.raw()).isEqualTo("Nri04/OP001NM");
    }

    @Test
    void textBlockAfterTheEvent() {
        AlarmEvent e = one("#1234|NRR|Atest");
        assertThat(e.code()).isEqualTo("RR");
        assertThat(e.text()).isEqualTo("test");
    }

    @Test
    void textBlockThatStartsWithCapitals() {
        AlarmEvent e = one("#1234|NRR|AStart of dialler");
        assertThat(e.text()).isEqualTo("Start of dialler");
    }

    @Test
    void quirk10_closingWithEmptyAccountInTheData() {
        AlarmEvent e = one("|Nri1/CL501");
        assertThat(e.code()).isEqualTo("CL");
        assertThat(e.user()).isEqualTo("501");
        assertThat(e.category()).isEqualTo(EventCategory.OPENING_CLOSING);
    }

    @Test
    void noAccountInTheData() {
        AlarmEvent e = one("Nri1/WA000");
        assertThat(e.code()).isEqualTo("WA");
        assertThat(e.zone()).isEqualTo("000");
    }

    @Test
    void emptyAccountWithTextBlock() {
        assertThat(one("|Nri2/JC12").partition()).isEqualTo("2");
    }

    @Test
    void idModifierIsTheUserForOpenClose() {
        AlarmEvent e = one("#1234|Nid7/CL");
        assertThat(e.user()).isEqualTo("7");
        assertThat(e.zone()).isNull();
    }

    @Test
    void idModifierOnAZoneEvent() {
        AlarmEvent e = one("#1234|Nri1id3/BA05");
        assertThat(e.zone()).isEqualTo("05");
        assertThat(e.user()).isEqualTo("3");
        assertThat(e.partition()).isEqualTo("1");
    }

    @Test
    void idModifierAndANumberOnAUserEventPutTheNumberInTheArea() {
        AlarmEvent e = one("#1234|Nid12/OP2");
        assertThat(e.user()).isEqualTo("12");
        assertThat(e.partition()).isEqualTo("2");
    }

    @Test
    void piModifierIsSkipped() {
        AlarmEvent e = one("#1234|Npi5ri1/BA01");
        assertThat(e.zone()).isEqualTo("01");
        assertThat(e.partition()).isEqualTo("1");
    }

    @Test
    void areaCodeTakesItsNumberAsPartition() {
        AlarmEvent e = one("#1234|NCG2");
        assertThat(e.partition()).isEqualTo("2");
        assertThat(e.zone()).isNull();
    }

    @Test
    void restoreCodes() {
        assertThat(one("Nri1/BR01").restore()).isTrue();
        assertThat(one("Nri1/FR02").restore()).isTrue();
        assertThat(one("NAR").restore()).isTrue();
        assertThat(one("NAR").category()).isEqualTo(EventCategory.TECHNICAL);
        assertThat(one("Nri1/BA01").restore()).isFalse();
    }

    @Test
    void numberOfZerosOnACodeWithoutAddressIsDropped() {
        assertThat(one("Nri0/RP0000").zone()).isNull();
    }

    @Test
    void jammingIsTamper() {
        assertThat(one("NXQ1").category()).isEqualTo(EventCategory.TAMPER);
        assertThat(one("NXH1").restore()).isTrue();
    }

    @Test
    void quirk12_unknownCodeIsKeptAndFlagged() {
        assertThat(one("#1234|Nri1/ZQ01")).isEqualTo(new AlarmEvent(EventFormat.SIA_DCS, "ZQ", "Unknown code ZQ",
                EventCategory.OTHER, false, false, "01", null, "1", null, "Nri1/ZQ01"));
    }

    @Test
    void unparseableDataBecomesOneFlaggedEvent() {
        AlarmEvent e = one("#1234|???");
        assertThat(e.known()).isFalse();
        assertThat(e.code()).isEqualTo("???");
        assertThat(e.meaning()).isEqualTo("Unparseable SIA data");
        assertThat(e.raw()).isEqualTo("#1234|???");
    }

    @Test
    void accountOnlyOrEmptyDataHasNoEvents() {
        assertThat(sia("#1234")).isEmpty();
        assertThat(sia("")).isEmpty();
        assertThat(sia("#1234|")).isEmpty();
    }

    @Test
    void encryptedTokenFormIsAccepted() {
        assertThat(EventDecoder.decode("*SIA-DCS", "#1234|Nri1/BA01")).hasSize(1);
        assertThat(EventDecoder.decode("*ADM-CID", "#1234|1130 01 015")).hasSize(1);
    }

    @Test
    void contactIdDispatch() {
        assertThat(EventDecoder.decode(message("ADM-CID", "#1234|1130 01 015"))).singleElement()
                .satisfies(e -> assertThat(e.format()).isEqualTo(EventFormat.CONTACT_ID));
    }

    @Test
    void quirk9_nullIsALinkTestWithoutEventsWhateverItsData() {
        assertThat(EventDecoder.decode(message("NULL", "#0000|0000 00 000"))).isEmpty();
        assertThat(EventDecoder.decode(message("NULL", ""))).isEmpty();
    }

    @Test
    void repliesHaveNoEvents() {
        assertThat(EventDecoder.decode("ACK", "")).isEmpty();
        assertThat(EventDecoder.decode("NAK", "")).isEmpty();
        assertThat(EventDecoder.decode(null, "x")).isEmpty();
        assertThat(EventDecoder.decode("SIA-DCS", null)).isEmpty();
    }

    @Test
    void randomDataNeverThrowsAndEveryEventKeepsItsRaw() {
        Random random = new Random(42);
        String alphabet = "#|/^NAri dt0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ:,-";
        for (int n = 0; n < 5000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (String token : List.of("SIA-DCS", "ADM-CID")) {
                assertThat(EventDecoder.decode(token, sb.toString())).allSatisfy(e -> {
                    assertThat(e.raw()).isNotNull();
                    assertThat(e.code()).isNotNull();
                    assertThat(e.meaning()).isNotNull();
                });
            }
        }
    }
}
