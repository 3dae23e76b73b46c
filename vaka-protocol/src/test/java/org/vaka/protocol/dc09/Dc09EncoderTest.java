package org.vaka.protocol.dc09;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vaka.protocol.dc09.Wire.K128;
import static org.vaka.protocol.dc09.Wire.NOW;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Dc09EncoderTest {

    private static Dc09Outgoing message(String data) {
        return new Dc09Outgoing("SIA-DCS", 1, "1", "1", "1234", data, null, NOW);
    }

    @Test
    void crc16CheckValue() {
        byte[] check = "123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(Dc09Encoder.crc16(check, 0, 9)).isEqualTo(0xBB3D);
        assertThat(Dc09Encoder.crc16(check, 0, 0)).isZero();
    }

    @Test
    void crc16OfTheWorkedExample() {
        byte[] body = "\"SIA-DCS\"0001RF3L77#1234[#1234|NRR|Atest]".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(body).hasSize(0x29);
        assertThat(Dc09Encoder.crc16(body, 0, body.length)).isEqualTo(0xF4D2);
    }

    @Test
    void crc16RangeIsChecked() {
        assertThatThrownBy(() -> Dc09Encoder.crc16(new byte[4], 2, 3)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void hexOutputIsUpperCase() {
        String frame = Wire.text(Dc09Encoder.encode(message("#1234|Nri1/BA01"), K128, new Random(2)));
        assertThat(frame.substring(1, 9)).matches("[0-9A-F]{8}");
        assertThat(frame.substring(frame.indexOf('[') + 1, frame.length() - 1)).matches("[0-9A-F]+");
    }

    @Test
    void tokenWithStarIsAccepted() throws Exception {
        Dc09Outgoing starred = new Dc09Outgoing("*SIA-DCS", 1, "1", "1", "1234", "#1234|Nri1/BA01", null, NOW);
        assertThat(Dc09MessageDecoder.readFrame(Dc09Encoder.encode(starred, K128, new Random(2))).encrypted()).isTrue();
    }

    @Test
    void sequenceIsZeroPadded() throws Exception {
        Dc09Outgoing seven = new Dc09Outgoing("NULL", 7, null, "0", "1234", null, null, null);
        assertThat(Dc09MessageDecoder.readFrame(Dc09Encoder.encode(seven, null, null)).sequence()).isEqualTo("0007");
    }

    @Test
    void bareLineIsEncodedAsBareL() {
        Dc09Outgoing bare = new Dc09Outgoing("NULL", 0, null, "", "1234", "", List.of(), null);
        assertThat(Wire.text(Dc09Encoder.encode(bare, null, null))).contains("\"NULL\"0000L#1234[]");
    }

    @Test
    void encryptionNeedsATimestamp() {
        Dc09Outgoing noTime = new Dc09Outgoing("SIA-DCS", 1, "1", "1", "1234", "#1234|Nri1/BA01", null, null);
        assertThatThrownBy(() -> Dc09Encoder.encode(noTime, K128, new Random(1))).hasMessage("Encrypted messages need a timestamp");
    }

    @Test
    void invalidFieldsAreRefused() {
        assertThatThrownBy(() -> Dc09Encoder.encode(new Dc09Outgoing("SIA-DCS", 10000, "1", "1", "1234", "", null, null), null, null))
                .hasMessage("The sequence number must be 0-9999, not 10000");
        assertThatThrownBy(() -> Dc09Encoder.encode(new Dc09Outgoing("SIA-DCS", 1, "", "1", "1234", "", null, null), null, null))
                .hasMessageContaining("receiver must be 1 to 6 hex digits");
        assertThatThrownBy(() -> Dc09Encoder.encode(new Dc09Outgoing("SIA-DCS", 1, "1", "1", "12", "", null, null), null, null))
                .hasMessageContaining("account must be 3 to 16 hex digits");
        assertThatThrownBy(() -> Dc09Encoder.encode(message("#1234|Nri1/BA01]"), null, null)).hasMessageContaining("']'");
        assertThatThrownBy(() -> Dc09Encoder.encode(message("a\rb"), null, null)).hasMessageContaining("CR");
        assertThatThrownBy(() -> Dc09Encoder.encode(new Dc09Outgoing("\"", 1, "1", "1", "1234", "", null, null), null, null))
                .hasMessageContaining("Invalid token");
    }

    @Test
    void tooLongForTheLengthFieldIsRefused() {
        assertThatThrownBy(() -> Dc09Encoder.encode(message("x".repeat(4096)), null, null))
                .hasMessageContaining("at most 4095 bytes");
    }

    @Test
    void fixedPadMustFitAndAvoidDelimiters() {
        assertThatThrownBy(() -> Dc09Encoder.encode(message("#1234|Nri1/BA01"), K128, "QWERTYUIOP", CrcFormat.HEX))
                .hasMessage("The pad must be 11 characters for 37 characters of data, not 10");
        assertThatThrownBy(() -> Dc09Encoder.encode(message("#1234|Nri1/BA01"), K128, "QWERTYUIOP|", CrcFormat.HEX))
                .hasMessageContaining("may not contain '|'");
    }

    @Test
    void plainAckForPlainFrameEvenWhenAKeyIsGiven() throws Exception {
        Dc09Frame plain = Dc09MessageDecoder.readFrame(Dc09Encoder.encode(message("#1234|Nri1/BA01"), null, null));
        assertThat(Wire.text(Dc09Encoder.ack(plain, K128, NOW, new Random(1)))).endsWith("\"ACK\"0001R1L1#1234[]\r");
    }

    @Test
    void duhForAnEncryptedFrameIsPlain() throws Exception {
        Dc09Frame encrypted = Dc09MessageDecoder.readFrame(Dc09Encoder.encode(message("#1234|Nri1/BA01"), K128, new Random(1)));
        assertThat(Wire.text(Dc09Encoder.duh(encrypted))).endsWith("\"DUH\"0001R1L1#1234[]\r");
    }

    @Test
    void nakDropsFractionsOfASecond() {
        assertThat(Wire.text(Dc09Encoder.nak(NOW.plusMillis(999), CrcFormat.HEX))).endsWith("_12:00:00,01-15-2025\r");
    }

    @Test
    void timestampYearMustHaveFourDigits() {
        assertThatThrownBy(() -> Dc09Time.format(java.time.Instant.parse("+10000-01-01T00:00:00Z")))
                .hasMessageContaining("four-digit year");
    }

    @Test
    void outgoingNormalisesNulls() {
        Dc09Outgoing o = new Dc09Outgoing("NULL", 0, null, null, "1234", null, null, null);
        assertThat(o.data()).isEmpty();
        assertThat(o.extended()).isEmpty();
    }
}
