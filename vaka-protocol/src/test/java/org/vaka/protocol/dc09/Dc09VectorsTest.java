package org.vaka.protocol.dc09;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vaka.protocol.dc09.Wire.K128;
import static org.vaka.protocol.dc09.Wire.K192;
import static org.vaka.protocol.dc09.Wire.K256;
import static org.vaka.protocol.dc09.Wire.NOW;
import static org.vaka.protocol.dc09.Wire.wire;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** DC09.md §4.1, byte for byte: decoding, re-encoding, and the replies. */
class Dc09VectorsTest {

    private static final String P1 = "F4B5003B\"SIA-DCS\"0001R1L1#1234[#1234|Nri1/BA01]_12:00:00,01-15-2025";
    private static final String P2 = "BDBF003D\"ADM-CID\"0002R1L1#1234[#1234|1130 01 015]_12:00:00,01-15-2025";
    private static final String P3 = "21A30015\"NULL\"0000R1L1#1234[]";
    private static final String P4 = "D2770014\"ACK\"0001R1L1#1234[]";
    private static final String P5 = "66290025\"NAK\"0000R0L0A0[]_12:00:00,01-15-2025";
    private static final String P6 = "A2AF0014\"DUH\"0001R1L1#1234[]";
    private static final String P7 = "0A990070\"SIA-DCS\"0003L0#1234[#1234|Nri1/BA01][X006E07.7777777][Y49N06.6666666]"
            + "[H12:00:00,01-15-2025]_12:00:00,01-15-2025";
    private static final String E1 = "0CBE0078\"*SIA-DCS\"0001R1L1#1234[E2D3F048A84ECAEE1118C9F2D29513EC7FC1249C2BEE18EF"
            + "2A8624ED2B9949ACA6A0DE5136172EB5694A1BB14F1C3CB1";
    private static final String E2 = "6A720078\"*ADM-CID\"0002R1L1#1234[550BCE96B3F1DFA8F203AAEC69C6D2D59ED9612AEFE2B5BB"
            + "926610538833EF4DA4D06568DB3FBF89417F2F20F2ECF404";
    private static final String E3 = "BCE40055\"*NULL\"0000R1L1#1234[B126DD5E0D8413DA7D0CF6D98CF83F408A7AF616EF666516FD2770951EF6D4D8";
    private static final String E4 = "587B0078\"*SIA-DCS\"0004R1L1#1234[65B3D9E8A5F2BC9CCBFC7439A1A3542342629209003E60A7"
            + "086B4F391A77C3B4AF7BA20AE19126246AC5CE817D1EAEFF";
    private static final String E5 = "9ABD0078\"*SIA-DCS\"0005R1L1#1234[5883C92BAC87E00363AF0B4A0523C291337B7D8962720A41"
            + "A59DCF7FF60465F877212D25995B3341A00579D70C0E428F";
    private static final String E6 = "03F20054\"*ACK\"0001R1L1#1234[B126DD5E0D8413DA7D0CF6D98CF83F408A7AF616EF666516FD2770951EF6D4D8";

    private static Dc09Message open(String shown, AesKey key) throws Dc09Exception {
        return Dc09MessageDecoder.open(Dc09MessageDecoder.readFrame(wire(shown)), key, NOW, TimeWindow.STANDARD, false);
    }

    private static Dc09Outgoing outgoing(String token, int seq, String receiver, String line, String data) {
        return new Dc09Outgoing(token, seq, receiver, line, "1234", data, List.of(), NOW);
    }

    private static String plaintext(String shown, AesKey key) throws Dc09Exception {
        String body = Dc09MessageDecoder.readFrame(wire(shown)).body();
        return new String(AesCbc.decrypt(key, Hex.decode(body, 1, body.length())), StandardCharsets.ISO_8859_1);
    }

    @Test
    void p1_siaBurglaryAlarm() throws Exception {
        Dc09Message m = open(P1, null);
        assertThat(m.frame()).isEqualTo(new Dc09Frame(CrcFormat.HEX, "SIA-DCS", false, "0001", "1", "1", "1234",
                "0001R1L1#1234", "[#1234|Nri1/BA01]_12:00:00,01-15-2025"));
        assertThat(m.data()).isEqualTo("#1234|Nri1/BA01");
        assertThat(m.extended()).isEmpty();
        assertThat(m.timestamp()).isEqualTo(NOW);
        assertThat(m.isLinkTest()).isFalse();
    }

    @Test
    void p1_encodesByteExact() {
        byte[] frame = Dc09Encoder.encode(outgoing("SIA-DCS", 1, "1", "1", "#1234|Nri1/BA01"), null, new Random(1));
        assertThat(frame).isEqualTo(wire(P1));
    }

    @Test
    void p2_contactIdBurglary() throws Exception {
        Dc09Message m = open(P2, null);
        assertThat(m.frame().token()).isEqualTo("ADM-CID");
        assertThat(m.frame().sequence()).isEqualTo("0002");
        assertThat(m.data()).isEqualTo("#1234|1130 01 015");
        assertThat(m.timestamp()).isEqualTo(NOW);
    }

    @Test
    void p2_encodesByteExact() {
        assertThat(Dc09Encoder.encode(outgoing("ADM-CID", 2, "1", "1", "#1234|1130 01 015"), null, new Random(1)))
                .isEqualTo(wire(P2));
    }

    @Test
    void p3_nullLinkTest() throws Exception {
        Dc09Message m = open(P3, null);
        assertThat(m.isLinkTest()).isTrue();
        assertThat(m.data()).isEmpty();
        assertThat(m.timestamp()).isNull();
        assertThat(m.frame().header()).isEqualTo("0000R1L1#1234");
    }

    @Test
    void p3_encodesByteExact() {
        Dc09Outgoing nul = new Dc09Outgoing("NULL", 0, "1", "1", "1234", "", List.of(), null);
        assertThat(Dc09Encoder.encode(nul, null, new Random(1))).isEqualTo(wire(P3));
    }

    @Test
    void p4_ackForP1IsByteExact() throws Exception {
        Dc09Frame p1 = Dc09MessageDecoder.readFrame(wire(P1));
        assertThat(Dc09Encoder.ack(p1, null, NOW, new Random(1))).isEqualTo(wire(P4));
    }

    @Test
    void p4_decodes() throws Exception {
        Dc09Message m = open(P4, null);
        assertThat(m.frame().token()).isEqualTo("ACK");
        assertThat(m.frame().header()).isEqualTo("0001R1L1#1234");
    }

    @Test
    void p5_nakIsByteExact() {
        assertThat(Dc09Encoder.nak(NOW, CrcFormat.HEX)).isEqualTo(wire(P5));
    }

    @Test
    void p5_decodesWithTheNakAccountForm() throws Exception {
        Dc09Message m = open(P5, null);
        assertThat(m.frame().token()).isEqualTo("NAK");
        assertThat(m.frame().receiver()).isEqualTo("0");
        assertThat(m.frame().line()).isEqualTo("0");
        assertThat(m.frame().account()).isEqualTo("0");
        assertThat(m.frame().header()).isEqualTo("0000R0L0A0");
        assertThat(m.timestamp()).isEqualTo(NOW);
    }

    @Test
    void p6_duhForP1IsByteExact() throws Exception {
        Dc09Frame p1 = Dc09MessageDecoder.readFrame(wire(P1));
        assertThat(Dc09Encoder.duh(p1)).isEqualTo(wire(P6));
    }

    @Test
    void p6_decodes() throws Exception {
        assertThat(open(P6, null).frame().token()).isEqualTo("DUH");
    }

    @Test
    void p7_extendedDataWithoutReceiver() throws Exception {
        Dc09Message m = open(P7, null);
        assertThat(m.frame().receiver()).isNull();
        assertThat(m.frame().line()).isEqualTo("0");
        assertThat(m.frame().header()).isEqualTo("0003L0#1234");
        assertThat(m.data()).isEqualTo("#1234|Nri1/BA01");
        assertThat(m.extended()).containsExactly("X006E07.7777777", "Y49N06.6666666", "H12:00:00,01-15-2025");
        assertThat(m.extended('Y')).contains("49N06.6666666");
        assertThat(m.extended('M')).isEmpty();
        assertThat(m.timestamp()).isEqualTo(NOW);
    }

    @Test
    void p7_encodesByteExact() {
        Dc09Outgoing p7 = new Dc09Outgoing("SIA-DCS", 3, null, "0", "1234", "#1234|Nri1/BA01",
                List.of("X006E07.7777777", "Y49N06.6666666", "H12:00:00,01-15-2025"), NOW);
        assertThat(Dc09Encoder.encode(p7, null, new Random(1))).isEqualTo(wire(P7));
    }

    @Test
    void e1_aes128Sia() throws Exception {
        Dc09Message m = open(E1, K128);
        assertThat(m.frame().encrypted()).isTrue();
        assertThat(m.frame().token()).isEqualTo("SIA-DCS");
        assertThat(m.data()).isEqualTo("#1234|Nri1/BA01");
        assertThat(m.timestamp()).isEqualTo(NOW);
        assertThat(plaintext(E1, K128)).isEqualTo("QWERTYUIOPA|#1234|Nri1/BA01]_12:00:00,01-15-2025");
    }

    @Test
    void e1_encodesByteExactWithTheFixedPad() {
        assertThat(Dc09Encoder.encode(outgoing("SIA-DCS", 1, "1", "1", "#1234|Nri1/BA01"), K128, "QWERTYUIOPA", CrcFormat.HEX))
                .isEqualTo(wire(E1));
    }

    @Test
    void e2_aes128ContactId() throws Exception {
        Dc09Message m = open(E2, K128);
        assertThat(m.frame().token()).isEqualTo("ADM-CID");
        assertThat(m.data()).isEqualTo("#1234|1130 01 015");
        assertThat(plaintext(E2, K128)).isEqualTo("QWERTYUIO|#1234|1130 01 015]_12:00:00,01-15-2025");
    }

    @Test
    void e2_encodesByteExactWithTheFixedPad() {
        assertThat(Dc09Encoder.encode(outgoing("ADM-CID", 2, "1", "1", "#1234|1130 01 015"), K128, "QWERTYUIO", CrcFormat.HEX))
                .isEqualTo(wire(E2));
    }

    @Test
    void e3_aes128Null() throws Exception {
        Dc09Message m = open(E3, K128);
        assertThat(m.isLinkTest()).isTrue();
        assertThat(m.data()).isEmpty();
        assertThat(m.timestamp()).isEqualTo(NOW);
        assertThat(plaintext(E3, K128)).isEqualTo("QWERTYUIOP|]_12:00:00,01-15-2025");
    }

    @Test
    void e3_encodesByteExactWithTheFixedPad() {
        Dc09Outgoing nul = new Dc09Outgoing("NULL", 0, "1", "1", "1234", "", null, NOW);
        assertThat(Dc09Encoder.encode(nul, K128, "QWERTYUIOP", CrcFormat.HEX)).isEqualTo(wire(E3));
    }

    @Test
    void e4_aes192Fire() throws Exception {
        Dc09Message m = open(E4, K192);
        assertThat(m.data()).isEqualTo("#1234|Nri1/FA02");
        assertThat(plaintext(E4, K192)).isEqualTo("QWERTYUIOPA|#1234|Nri1/FA02]_12:00:00,01-15-2025");
    }

    @Test
    void e4_encodesByteExactWithTheFixedPad() {
        assertThat(Dc09Encoder.encode(outgoing("SIA-DCS", 4, "1", "1", "#1234|Nri1/FA02"), K192, "QWERTYUIOPA", CrcFormat.HEX))
                .isEqualTo(wire(E4));
    }

    @Test
    void e5_aes256Opening() throws Exception {
        Dc09Message m = open(E5, K256);
        assertThat(m.data()).isEqualTo("#1234|Nri1/OP0003");
        assertThat(plaintext(E5, K256)).isEqualTo("QWERTYUIO|#1234|Nri1/OP0003]_12:00:00,01-15-2025");
    }

    @Test
    void e5_encodesByteExactWithTheFixedPad() {
        assertThat(Dc09Encoder.encode(outgoing("SIA-DCS", 5, "1", "1", "#1234|Nri1/OP0003"), K256, "QWERTYUIO", CrcFormat.HEX))
                .isEqualTo(wire(E5));
    }

    @Test
    void e6_encryptedAckForE1IsByteExactWithTheFixedPad() throws Exception {
        Dc09Frame e1 = Dc09MessageDecoder.readFrame(wire(E1));
        assertThat(Dc09Encoder.ack(e1, K128, NOW, "QWERTYUIOP")).isEqualTo(wire(E6));
    }

    @Test
    void e6_decodes() throws Exception {
        Dc09Message m = open(E6, K128);
        assertThat(m.frame().token()).isEqualTo("ACK");
        assertThat(m.frame().encrypted()).isTrue();
        assertThat(m.data()).isEmpty();
        assertThat(m.timestamp()).isEqualTo(NOW);
    }

    @Test
    void e3AndE6ShareCiphertextBecauseThePadWasFixed() throws Exception {
        String e3 = Dc09MessageDecoder.readFrame(wire(E3)).body();
        String e6 = Dc09MessageDecoder.readFrame(wire(E6)).body();
        assertThat(e3).isEqualTo(e6);
    }

    @Test
    void encryptedAckWithRandomPadDiffersEachTimeButOpensTheSame() throws Exception {
        Dc09Frame e1 = Dc09MessageDecoder.readFrame(wire(E1));
        Random random = new Random(7);
        byte[] a = Dc09Encoder.ack(e1, K128, NOW, random);
        byte[] b = Dc09Encoder.ack(e1, K128, NOW, random);
        assertThat(a).isNotEqualTo(b);
        for (byte[] ack : List.of(a, b)) {
            Dc09Message m = Dc09MessageDecoder.open(Dc09MessageDecoder.readFrame(ack), K128, NOW, TimeWindow.STANDARD, false);
            assertThat(m.frame().token()).isEqualTo("ACK");
            assertThat(m.frame().header()).isEqualTo("0001R1L1#1234");
            assertThat(m.timestamp()).isEqualTo(NOW);
        }
    }
}
