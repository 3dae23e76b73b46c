package org.vaka.protocol.dc09;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vaka.protocol.dc09.Wire.K128;
import static org.vaka.protocol.dc09.Wire.NOW;
import static org.vaka.protocol.dc09.Wire.concat;
import static org.vaka.protocol.dc09.Wire.framed;
import static org.vaka.protocol.dc09.Wire.wire;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vaka.protocol.dc09.Dc09FrameDecoder.Scan;

/** DC09.md §5: what real panels do, one test per quirk (events of quirks 10 and 12 live in the event tests). */
class Dc09QuirksTest {

    private static final String P1 = "F4B5003B\"SIA-DCS\"0001R1L1#1234[#1234|Nri1/BA01]_12:00:00,01-15-2025";

    private static Dc09Message open(byte[] frame, AesKey key) throws Dc09Exception {
        return Dc09MessageDecoder.open(Dc09MessageDecoder.readFrame(frame), key, NOW, TimeWindow.STANDARD, false);
    }

    // --- 1. binary CRC ---------------------------------------------------------------------------------------

    private static byte[] binaryP1() {
        byte[] hex = wire(P1);
        byte[] binary = new byte[hex.length - 2];
        binary[0] = '\n';
        binary[1] = (byte) 0xF4;
        binary[2] = (byte) 0xB5;
        System.arraycopy(hex, 5, binary, 3, hex.length - 5);
        return binary;
    }

    @Test
    void quirk1_binaryCrcFrameIsRead() throws Exception {
        Dc09Message m = open(binaryP1(), null);
        assertThat(m.frame().crcFormat()).isEqualTo(CrcFormat.BINARY);
        assertThat(m.frame().header()).isEqualTo("0001R1L1#1234");
        assertThat(m.data()).isEqualTo("#1234|Nri1/BA01");
    }

    @Test
    void quirk1_binaryCrcFrameIsEncoded() {
        Dc09Outgoing p1 = new Dc09Outgoing("SIA-DCS", 1, "1", "1", "1234", "#1234|Nri1/BA01", null, NOW);
        assertThat(Dc09Encoder.encode(p1, null, new Random(1), CrcFormat.BINARY)).isEqualTo(binaryP1());
    }

    @Test
    void quirk1_binaryCrcFrameGetsABinaryCrcAck() throws Exception {
        byte[] ack = Dc09Encoder.ack(Dc09MessageDecoder.readFrame(binaryP1()), null, NOW, new Random(1));
        byte[] expected = concat(new byte[] {'\n', (byte) 0xD2, 0x77}, "0014\"ACK\"0001R1L1#1234[]\r".getBytes(StandardCharsets.US_ASCII));
        assertThat(ack).isEqualTo(expected);
    }

    @Test
    void quirk1_binaryCrcNakAndDuh() throws Exception {
        byte[] nak = Dc09Encoder.nak(NOW, CrcFormat.BINARY);
        assertThat(Arrays.copyOfRange(nak, 0, 3)).isEqualTo(new byte[] {'\n', 0x66, 0x29});
        assertThat(Dc09MessageDecoder.readFrame(nak).crcFormat()).isEqualTo(CrcFormat.BINARY);
        byte[] duh = Dc09Encoder.duh(Dc09MessageDecoder.readFrame(binaryP1()));
        assertThat(Arrays.copyOfRange(duh, 0, 3)).isEqualTo(new byte[] {'\n', (byte) 0xA2, (byte) 0xAF});
    }

    @Test
    void quirk1_binaryCrcWithACarriageReturnByte() throws Exception {
        byte[] frame = Dc09FrameDecoderTest.binaryFrameWithCrcByte(FrameLayout.CR);
        assertThat(new Dc09FrameDecoder().scan(frame, 0, frame.length)).isEqualTo(new Scan(Scan.Kind.FRAME, 0, frame.length));
        assertThat(Dc09MessageDecoder.readFrame(frame).crcFormat()).isEqualTo(CrcFormat.BINARY);
    }

    @Test
    void quirk1_binaryCrcWithALineFeedByte() throws Exception {
        byte[] frame = Dc09FrameDecoderTest.binaryFrameWithCrcByte(FrameLayout.LF);
        byte[] stream = concat(wire(P1), frame);
        Scan first = new Dc09FrameDecoder().scan(stream, 0, stream.length);
        assertThat(new Dc09FrameDecoder().scan(stream, first.end(), stream.length))
                .isEqualTo(new Scan(Scan.Kind.FRAME, first.end(), stream.length));
        assertThat(Dc09MessageDecoder.readFrame(frame).crcFormat()).isEqualTo(CrcFormat.BINARY);
    }

    @Test
    void quirk1_brokenBinaryCrcIsRejected() {
        byte[] frame = binaryP1();
        frame[2] ^= 1;
        assertThatThrownBy(() -> Dc09MessageDecoder.readFrame(frame)).hasMessage("CRC is 0xF4B5 but the frame says 0xF4B4");
    }

    // --- 2. several frames per read, split frames, trailing NULs ---------------------------------------------

    @Test
    void quirk2_sixFramesInOneSegmentSplitAcrossTwoReads() throws Exception {
        List<byte[]> sent = new ArrayList<>();
        for (int seq = 1; seq <= 6; seq++) {
            sent.add(Dc09Encoder.encode(new Dc09Outgoing("SIA-DCS", seq, null, "0", "1234", "#1234|Nri1/BA0" + seq, null, NOW),
                    null, new Random(1)));
        }
        byte[] stream = concat(sent.toArray(byte[][]::new));
        int cut = stream.length / 2 + 3;
        Dc09FrameDecoder decoder = new Dc09FrameDecoder();
        List<Dc09Frame> got = new ArrayList<>();
        // First read: half of the segment.
        byte[] buffer = Arrays.copyOf(stream, cut);
        int from = 0;
        Scan scan;
        while ((scan = decoder.scan(buffer, from, buffer.length)).kind() == Scan.Kind.FRAME) {
            got.add(Dc09MessageDecoder.readFrame(buffer, scan.start(), scan.end() - scan.start()));
            from = scan.end();
        }
        assertThat(scan.kind()).isEqualTo(Scan.Kind.INCOMPLETE);
        // Second read: the rest, appended to what was kept.
        byte[] rest = concat(Arrays.copyOfRange(buffer, scan.start(), buffer.length), Arrays.copyOfRange(stream, cut, stream.length));
        from = 0;
        while (from < rest.length && (scan = decoder.scan(rest, from, rest.length)).kind() == Scan.Kind.FRAME) {
            got.add(Dc09MessageDecoder.readFrame(rest, scan.start(), scan.end() - scan.start()));
            from = scan.end();
        }
        assertThat(got).extracting(Dc09Frame::sequence).containsExactly("0001", "0002", "0003", "0004", "0005", "0006");
    }

    @Test
    void quirk2_trailingNulBytesAfterTheFrame() {
        byte[] stream = concat(wire(P1), new byte[16]);
        Dc09FrameDecoder decoder = new Dc09FrameDecoder();
        Scan frame = decoder.scan(stream, 0, stream.length);
        assertThat(frame.kind()).isEqualTo(Scan.Kind.FRAME);
        assertThat(decoder.scan(stream, frame.end(), stream.length).kind()).isEqualTo(Scan.Kind.GARBAGE);
    }

    // --- 3. odd header fields --------------------------------------------------------------------------------

    @Test
    void quirk3_bareL() throws Exception {
        Dc09Frame f = Dc09MessageDecoder.readFrame(framed("\"SIA-DCS\"0001R1L#1234[#1234|Nri1/BA01]"));
        assertThat(f.line()).isEmpty();
        assertThat(f.header()).isEqualTo("0001R1L#1234");
        assertThat(Wire.text(Dc09Encoder.ack(f, null, NOW, new Random(1)))).endsWith("\"ACK\"0001R1L#1234[]\r");
    }

    @Test
    void quirk3_noL() throws Exception {
        Dc09Frame f = Dc09MessageDecoder.readFrame(framed("\"SIA-DCS\"0001R1#1234[#1234|Nri1/BA01]"));
        assertThat(f.line()).isNull();
        assertThat(Wire.text(Dc09Encoder.ack(f, null, NOW, new Random(1)))).endsWith("\"ACK\"0001R1#1234[]\r");
    }

    @Test
    void quirk3_noR_ackHasNoRAndNeverTheWordNone() throws Exception {
        Dc09Frame f = Dc09MessageDecoder.readFrame(framed("\"NULL\"0000L0#1409[]"));
        assertThat(f.receiver()).isNull();
        String ack = Wire.text(Dc09Encoder.ack(f, null, NOW, new Random(1)));
        assertThat(ack).endsWith("\"ACK\"0000L0#1409[]\r").doesNotContain("None").doesNotContain("null");
    }

    @Test
    void quirk3_tenDigitAccount() throws Exception {
        Dc09Frame f = Dc09MessageDecoder.readFrame(framed("\"SIA-DCS\"0001R1L1#1234567890[#1234567890|Nri1/BA01]"));
        assertThat(f.account()).isEqualTo("1234567890");
    }

    @Test
    void quirk3_emptyAccountInTheData() throws Exception {
        Dc09Message m = open(framed("\"SIA-DCS\"6002L0#AAA[|Nri1/CL501]_12:00:00,01-15-2025"), null);
        assertThat(m.frame().account()).isEqualTo("AAA");
        assertThat(m.data()).isEqualTo("|Nri1/CL501");
    }

    @Test
    void quirk3_noAccountInTheHeaderAtAll() throws Exception {
        Dc09Frame f = Dc09MessageDecoder.readFrame(framed("\"SIA-DCS\"4738R0001L0001[#006969|Nri04/OP001NM]"));
        assertThat(f.account()).isEmpty();
        assertThat(f.receiver()).isEqualTo("0001");
        assertThat(f.line()).isEqualTo("0001");
        assertThat(Wire.text(Dc09Encoder.ack(f, null, NOW, new Random(1)))).endsWith("\"ACK\"4738R0001L0001[]\r");
    }

    @Test
    void quirk3_lowerCaseHexInLengthCrcAndCiphertext() throws Exception {
        byte[] e1 = Dc09Encoder.encode(new Dc09Outgoing("SIA-DCS", 1, "1", "1", "1234", "#1234|Nri1/BA01", null, NOW), K128,
                new Random(9));
        String covered = Wire.text(e1).substring(9, e1.length - 1);
        int bracket = covered.indexOf('[');
        // The CRC covers the ciphertext characters, so lower-casing them needs a new CRC.
        String reframed = Wire.text(framed(covered.substring(0, bracket) + covered.substring(bracket).toLowerCase()));
        byte[] withLowerFields = (reframed.substring(0, 9).toLowerCase() + reframed.substring(9)).getBytes(StandardCharsets.ISO_8859_1);
        assertThat(reframed.substring(9)).contains("[").doesNotContainPattern("\\[.*[A-F]");
        assertThat(open(withLowerFields, K128).data()).isEqualTo("#1234|Nri1/BA01");
    }

    // --- 4. key notation -------------------------------------------------------------------------------------

    @Test
    void quirk4_sameKeyAsTextOrHexDecryptsTheSame() throws Exception {
        AesKey text = AesKey.parse("AAAAAAAAAAAAAAAA", KeyFormat.TEXT);
        AesKey hex = AesKey.parse("41414141414141414141414141414141", KeyFormat.HEX);
        byte[] frame = Dc09Encoder.encode(new Dc09Outgoing("SIA-DCS", 3, "0", "0", "AAAB", "#AAAB|Nri1/BA01", null, NOW), text,
                new Random(4));
        assertThat(open(frame, hex).data()).isEqualTo(open(frame, text).data()).isEqualTo("#AAAB|Nri1/BA01");
    }

    @Test
    void quirk4_keyNotationMismatchIsUndecryptableWithAHint() {
        AesKey panel = AesKey.parse("AAAAAAAAAAAAAAAA", KeyFormat.TEXT);
        AesKey misread = AesKey.parse("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", KeyFormat.HEX);
        byte[] frame = Dc09Encoder.encode(new Dc09Outgoing("SIA-DCS", 3, "0", "0", "AAAB", "#AAAB|Nri1/BA01", null, NOW), panel,
                new Random(4));
        assertThatThrownBy(() -> open(frame, misread))
                .isInstanceOfSatisfying(Dc09Exception.class, e -> assertThat(e.rejection()).isEqualTo(Rejection.UNDECRYPTABLE))
                .hasMessageContaining("hex")
                .hasMessageContaining("text");
    }

    // --- 5. pad variants -------------------------------------------------------------------------------------

    private static final String REST = "|#1234|Nri1/BA01]_12:00:00,01-15-2025";

    @Test
    void quirk5_zeroPad_asPysiaalarmSends() throws Exception {
        assertThat(open(Sealed.frame("SIA-DCS", "0001R1L1#1234", K128, Sealed.padded('0', REST)), K128).data())
                .isEqualTo("#1234|Nri1/BA01");
    }

    @Test
    void quirk5_controlCharacterPad_asDc09SptSends() throws Exception {
        String pad = "\u0014\u0015\u0016\u0001\u0000\n\r\u007f\u001b\u0010\u0011";
        assertThat(open(Sealed.frame("SIA-DCS", "0001R1L1#1234", K128, pad + REST), K128).data()).isEqualTo("#1234|Nri1/BA01");
    }

    @Test
    void quirk5_binaryPadBytes_anyByteButBarAndBrackets() throws Exception {
        String pad = "\u00ff\u0080\u00c3\u00a9\u00fe\u0000\u0090\u00bb\u00de\u00ad\u00be";
        assertThat(open(Sealed.frame("SIA-DCS", "0001R1L1#1234", K128, pad + REST), K128).data()).isEqualTo("#1234|Nri1/BA01");
    }

    @Test
    void quirk5_padWithPunctuation_asSeenInPysiaalarmCaptures() throws Exception {
        String rest = "|#EA1984|Nri1/NL4]_12:00:00,01-15-2025";
        String pad = "P$WwA!#_ &*,o".substring(0, Pad.length(rest.length()));
        assertThat(open(Sealed.frame("SIA-DCS", "0001R1L1#EA1984", K128, pad + rest), K128).data()).isEqualTo("#EA1984|Nri1/NL4");
    }

    @Test
    void quirk5_fullBlockOfPadWhenTheRestFillsWholeBlocks() throws Exception {
        String rest = "|#1234|NRP0]_12:00:00,01-15-2025";
        assertThat(rest).hasSize(32);
        assertThat(Pad.length(rest.length())).isEqualTo(16);
        assertThat(Pad.length(31)).isEqualTo(1);
        assertThat(open(Sealed.frame("SIA-DCS", "0001R1L1#1234", K128, Sealed.padded('x', rest)), K128).data())
                .isEqualTo("#1234|NRP0");
    }

    @Test
    void quirk5_noBarAfterThePad_hikvisionNullFallback() throws Exception {
        Dc09Message m = open(Sealed.frame("NULL", "0000R0L0#AAAB", K128, "ppppppppppp]_12:00:00,01-15-2025"), K128);
        assertThat(m.isLinkTest()).isTrue();
        assertThat(m.data()).isEmpty();
        assertThat(m.timestamp()).isEqualTo(NOW);
    }

    @Test
    void quirk5_encoderPadsAreAlphanumericAndOneToSixteenLong() throws Exception {
        Random random = new Random(11);
        for (int dataLength = 0; dataLength < 40; dataLength++) {
            String data = "#1234|N" + "x".repeat(dataLength);
            byte[] frame = Dc09Encoder.encode(new Dc09Outgoing("SIA-DCS", 1, "1", "1", "1234", data, null, NOW), K128, random);
            String body = Dc09MessageDecoder.readFrame(frame).body();
            String plain = Wire.text(AesCbc.decrypt(K128, Hex.decode(body, 1, body.length())));
            String pad = plain.substring(0, plain.indexOf('|'));
            assertThat(pad).hasSizeBetween(1, 16).matches("[A-Za-z0-9]+");
            assertThat(plain.length() % 16).isZero();
            assertThat(open(frame, K128).data()).isEqualTo(data);
        }
    }

    // --- 6. encrypted ACK is well-formed ---------------------------------------------------------------------

    @Test
    void quirk6_encryptedAckHasRandomPadBarBracketAndTime() throws Exception {
        byte[] e1 = Dc09Encoder.encode(new Dc09Outgoing("SIA-DCS", 1, "1", "1", "1234", "#1234|Nri1/BA01", null, NOW), K128,
                new Random(1));
        byte[] ack = Dc09Encoder.ack(Dc09MessageDecoder.readFrame(e1), K128, NOW, new Random(99));
        Dc09Frame frame = Dc09MessageDecoder.readFrame(ack);
        assertThat(Wire.text(ack)).contains("\"*ACK\"0001R1L1#1234[");
        String plain = Wire.text(AesCbc.decrypt(K128, Hex.decode(frame.body(), 1, frame.body().length())));
        assertThat(plain).matches("[A-Za-z0-9]{10}\\|\\]_12:00:00,01-15-2025");
    }

    @Test
    void quirk6_encryptedAckNeedsTheKey() throws Exception {
        byte[] e1 = Dc09Encoder.encode(new Dc09Outgoing("NULL", 0, "1", "1", "1234", "", null, NOW), K128, new Random(1));
        Dc09Frame frame = Dc09MessageDecoder.readFrame(e1);
        assertThatThrownBy(() -> Dc09Encoder.ack(frame, null, NOW, new Random(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("account key is required");
    }

    // --- 7. clocks -------------------------------------------------------------------------------------------

    @Test
    void quirk7_ajaxClockOneMinuteSlowIsNakedWithTheReceiverTime() throws Exception {
        byte[] frame = Dc09Encoder.encode(new Dc09Outgoing("SIA-DCS", 1, "1", "1", "1234", "#1234|Nri1/BA01", null,
                NOW.minusSeconds(61)), K128, new Random(1));
        assertThatThrownBy(() -> open(frame, K128))
                .isInstanceOfSatisfying(Dc09Exception.class, e -> assertThat(e.rejection()).isEqualTo(Rejection.OUTSIDE_TIME_WINDOW));
        assertThat(Wire.text(Dc09Encoder.nak(NOW, CrcFormat.HEX))).contains("[]_12:00:00,01-15-2025");
    }

    @Test
    void quirk7_trikdisLocalTimeOneHourAheadOnAPlainFrameIsAccepted() throws Exception {
        byte[] frame = Dc09Encoder.encode(new Dc09Outgoing("SIA-DCS", 1, "1", "1", "1234", "#1234|Nri1/BA01", null,
                NOW.plusSeconds(3600)), null, new Random(1));
        assertThat(open(frame, null).timestamp()).isEqualTo(NOW.plusSeconds(3600));
    }

    @Test
    void quirk7_panelInYear2014_plainAcceptedEncryptedRejected() throws Exception {
        Instant then = Instant.parse("2014-06-01T08:00:00Z");
        Dc09Outgoing msg = new Dc09Outgoing("SIA-DCS", 1, "1", "1", "1234", "#1234|Nri1/BA01", null, then);
        assertThat(open(Dc09Encoder.encode(msg, null, new Random(1)), null).timestamp()).isEqualTo(then);
        assertThatThrownBy(() -> open(Dc09Encoder.encode(msg, K128, new Random(1)), K128))
                .hasMessageContaining("behind the receiver clock");
    }

    // --- 8. month formatting ---------------------------------------------------------------------------------

    @Test
    void quirk8_juneIsMonth06() {
        assertThat(Wire.text(Dc09Encoder.nak(Instant.parse("2019-06-07T11:52:07Z"), CrcFormat.HEX)))
                .endsWith("\"NAK\"0000R0L0A0[]_11:52:07,06-07-2019\r");
    }

    @Test
    void quirk8_marchIsMonth03() {
        assertThat(Wire.text(Dc09Encoder.nak(Instant.parse("2020-03-09T00:00:01Z"), CrcFormat.HEX)))
                .endsWith("_00:00:01,03-09-2020\r");
    }

    @Test
    void quirk8_januaryAndDecemberEdges() {
        assertThat(Dc09Time.format(Instant.parse("2024-12-31T23:59:59.999Z"))).isEqualTo("_23:59:59,12-31-2024");
        assertThat(Dc09Time.format(Instant.parse("2025-01-01T00:00:00Z"))).isEqualTo("_00:00:00,01-01-2025");
    }

    @Test
    void quirk8_monthIsReadBeforeTheDay() throws Exception {
        Dc09Message m = open(framed("\"NULL\"0000L0#1409[]_08:00:00,03-09-2020"), null);
        assertThat(m.timestamp()).isEqualTo(Instant.parse("2020-03-09T08:00:00Z"));
    }

    // --- 9. NULL with data -----------------------------------------------------------------------------------

    @Test
    void quirk9_nullWithContactIdDataIsALinkTest() throws Exception {
        Dc09Message m = open(framed("\"NULL\"0000R0L0#AAAB[#0000|0000 00 000]_12:00:00,01-15-2025"), null);
        assertThat(m.isLinkTest()).isTrue();
        assertThat(m.data()).isEqualTo("#0000|0000 00 000");
    }

    // --- 11. non-DC-09 traffic on the same port --------------------------------------------------------------

    @Test
    void quirk11_osborneHoffmanHeartbeatIsGarbage() {
        byte[] heartbeat = "SR0001L0001    006969XX    [ID00000000]\r".getBytes(StandardCharsets.ISO_8859_1);
        byte[] stream = concat(heartbeat, wire(P1));
        Dc09FrameDecoder decoder = new Dc09FrameDecoder();
        assertThat(decoder.scan(heartbeat, 0, heartbeat.length).kind()).isEqualTo(Scan.Kind.GARBAGE);
        assertThat(decoder.scan(stream, 0, stream.length)).isEqualTo(new Scan(Scan.Kind.FRAME, heartbeat.length, stream.length));
    }

    @Test
    void quirk11_osborneHoffmanHeartbeatBetweenLfAndCrIsMalformed() {
        byte[] framedHeartbeat = "\nSR0001L0001    006969XX    [ID00000000]\r".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(new Dc09FrameDecoder().scan(framedHeartbeat, 0, framedHeartbeat.length).kind()).isEqualTo(Scan.Kind.FRAME);
        assertThatThrownBy(() -> Dc09MessageDecoder.readFrame(framedHeartbeat))
                .isInstanceOfSatisfying(Dc09Exception.class, e -> assertThat(e.rejection()).isEqualTo(Rejection.MALFORMED))
                .hasMessageContaining("'SR0001L0001    006969XX    [ID00000000]'");
    }

    @Test
    void quirk11_galaxyProprietaryFormatIsGarbage() {
        byte[] galaxy = "F#001234 1234 BA 01 Zone 1\u0014\u0003".getBytes(StandardCharsets.ISO_8859_1);
        Scan scan = new Dc09FrameDecoder().scan(galaxy, 0, galaxy.length);
        assertThat(scan).isEqualTo(new Scan(Scan.Kind.GARBAGE, 0, galaxy.length));
    }

    @Test
    void quirk11_galaxyFrameWrappedInLfCrIsMalformed() {
        assertThatThrownBy(() -> Dc09MessageDecoder.readFrame("\nF#001234 N BA01\r".getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOfSatisfying(Dc09Exception.class, e -> assertThat(e.rejection()).isEqualTo(Rejection.MALFORMED));
    }
}
