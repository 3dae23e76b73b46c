package org.vaka.protocol.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContactIdCodecTest {

    @Test
    void newBurglaryAlarm() {
        assertThat(ContactIdCodec.parse("1130 01 015")).isEqualTo(new AlarmEvent(EventFormat.CONTACT_ID, "1130", "Burglary",
                EventCategory.BURGLARY, false, true, "015", null, "01", null, "1130 01 015"));
    }

    @Test
    void withoutSpaces() {
        AlarmEvent e = ContactIdCodec.parse("113001015");
        assertThat(e.code()).isEqualTo("1130");
        assertThat(e.zone()).isEqualTo("015");
        assertThat(e.partition()).isEqualTo("01");
        assertThat(e.raw()).isEqualTo("113001015");
    }

    @Test
    void classicSixteenDigitForm() {
        AlarmEvent e = ContactIdCodec.parse("123418113001015E");
        assertThat(e.code()).isEqualTo("1130");
        assertThat(e.zone()).isEqualTo("015");
    }

    @Test
    void qualifier3IsARestore() {
        AlarmEvent e = ContactIdCodec.parse("3130 01 015");
        assertThat(e.restore()).isTrue();
        assertThat(e.meaning()).isEqualTo("Burglary restore");
        assertThat(e.category()).isEqualTo(EventCategory.BURGLARY);
    }

    @Test
    void qualifier6IsStillPresent() {
        AlarmEvent e = ContactIdCodec.parse("6301 00 000");
        assertThat(e.restore()).isFalse();
        assertThat(e.meaning()).isEqualTo("AC loss (still present)");
        assertThat(e.known()).isTrue();
    }

    @Test
    void opening401WithQualifier1IsDisarmByUser() {
        AlarmEvent e = ContactIdCodec.parse("1401 01 003");
        assertThat(e.meaning()).isEqualTo("Open/close by user: opening (disarm)");
        assertThat(e.category()).isEqualTo(EventCategory.OPENING_CLOSING);
        assertThat(e.user()).isEqualTo("003");
        assertThat(e.zone()).isNull();
        assertThat(e.restore()).isFalse();
    }

    @Test
    void closing401WithQualifier3IsArmByUserNotARestore() {
        AlarmEvent e = ContactIdCodec.parse("3401 02 012");
        assertThat(e.meaning()).isEqualTo("Open/close by user: closing (arm)");
        assertThat(e.restore()).isFalse();
        assertThat(e.user()).isEqualTo("012");
        assertThat(e.partition()).isEqualTo("02");
    }

    @Test
    void remoteArm407() {
        AlarmEvent e = ContactIdCodec.parse("3407 01 000");
        assertThat(e.meaning()).isEqualTo("Remote arm/disarm: closing (arm)");
        assertThat(e.user()).isNull();
    }

    @Test
    void periodicTest602HasNoZoneOrPartition() {
        AlarmEvent e = ContactIdCodec.parse("1602 00 000");
        assertThat(e.category()).isEqualTo(EventCategory.TEST);
        assertThat(e.zone()).isNull();
        assertThat(e.partition()).isNull();
    }

    @Test
    void jamming344IsTamper() {
        assertThat(ContactIdCodec.parse("1344 00 001").category()).isEqualTo(EventCategory.TAMPER);
    }

    @Test
    void duress121CarriesTheUser() {
        AlarmEvent e = ContactIdCodec.parse("1121 01 005");
        assertThat(e.category()).isEqualTo(EventCategory.DURESS);
        assertThat(e.user()).isEqualTo("005");
        assertThat(e.zone()).isNull();
    }

    @Test
    void silentHoldUp122IsPanic() {
        assertThat(ContactIdCodec.parse("1122 01 002").category()).isEqualTo(EventCategory.PANIC);
    }

    @Test
    void unknownCodeIsKeptRaw() {
        assertThat(ContactIdCodec.parse("1999 01 001")).isEqualTo(new AlarmEvent(EventFormat.CONTACT_ID, "1999",
                "Unknown code 1999", EventCategory.OTHER, false, false, "001", null, "01", null, "1999 01 001"));
    }

    @Test
    void unknownQualifier() {
        AlarmEvent e = ContactIdCodec.parse("5130 01 015");
        assertThat(e.known()).isFalse();
        assertThat(e.meaning()).isEqualTo("Burglary (unknown qualifier 5)");
    }

    @Test
    void garbageIsKeptRawAndNeverThrows() {
        AlarmEvent e = ContactIdCodec.parse("hello world");
        assertThat(e.known()).isFalse();
        assertThat(e.code()).isEqualTo("hello world");
        assertThat(e.raw()).isEqualTo("hello world");
        assertThat(e.meaning()).isEqualTo("Unparseable Contact ID data");
    }

    @Test
    void dataBlockWithAccount() {
        assertThat(ContactIdCodec.decodeData("#1234|1130 01 015")).singleElement().extracting(AlarmEvent::code).isEqualTo("1130");
        assertThat(ContactIdCodec.decodeData("1130 01 015")).hasSize(1);
        assertThat(ContactIdCodec.decodeData("")).isEmpty();
        assertThat(ContactIdCodec.decodeData("#1234|")).isEmpty();
        assertThat(ContactIdCodec.decodeData(null)).isEmpty();
    }

    @Test
    void hikvisionZerosAreAnUnknownQualifier() {
        assertThat(ContactIdCodec.decodeData("#0000|0000 00 000")).singleElement()
                .satisfies(e -> assertThat(e.known()).isFalse());
    }

    @Test
    void format() {
        assertThat(ContactIdCodec.format(1, 130, 1, 15)).isEqualTo("1130 01 015");
        assertThat(ContactIdCodec.format(3, 401, 0, 3)).isEqualTo("3401 00 003");
        assertThatThrownBy(() -> ContactIdCodec.format(2, 130, 1, 15)).hasMessageContaining("qualifier");
        assertThatThrownBy(() -> ContactIdCodec.format(1, 1000, 1, 15)).hasMessageContaining("event");
        assertThatThrownBy(() -> ContactIdCodec.format(1, 130, 100, 15)).hasMessageContaining("group");
        assertThatThrownBy(() -> ContactIdCodec.format(1, 130, 1, -1)).hasMessageContaining("zone/user");
    }
}
