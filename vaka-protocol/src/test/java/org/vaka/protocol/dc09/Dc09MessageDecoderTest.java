package org.vaka.protocol.dc09;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vaka.protocol.dc09.Wire.K128;
import static org.vaka.protocol.dc09.Wire.NOW;
import static org.vaka.protocol.dc09.Wire.framed;
import static org.vaka.protocol.dc09.Wire.wire;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** Every rejection, with the message a person reading the log gets. */
class Dc09MessageDecoderTest {

    private static final String P1 = "F4B5003B\"SIA-DCS\"0001R1L1#1234[#1234|Nri1/BA01]_12:00:00,01-15-2025";

    private static AbstractThrowableAssert<?, ? extends Throwable> rejecting(byte[] frame, Rejection rejection) {
        return assertThatThrownBy(() -> Dc09MessageDecoder.readFrame(frame))
                .isInstanceOfSatisfying(Dc09Exception.class, e -> assertThat(e.rejection()).isEqualTo(rejection));
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> opening(byte[] frame, AesKey key, Instant now,
                                                                            boolean enforceOnPlain, Rejection rejection) {
        return assertThatThrownBy(() -> Dc09MessageDecoder.open(Dc09MessageDecoder.readFrame(frame), key, now,
                TimeWindow.STANDARD, enforceOnPlain))
                .isInstanceOfSatisfying(Dc09Exception.class, e -> {
                    assertThat(e.rejection()).isEqualTo(rejection);
                    assertThat(e.frame()).as("open() attaches the frame").isPresent();
                });
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    // --- BAD_CRC ---------------------------------------------------------------------------------------------

    @Test
    void badCrc_saysComputedAndSent() {
        byte[] frame = wire(P1.replace("BA01", "BA02"));
        rejecting(frame, Rejection.BAD_CRC).hasMessage("CRC is 0xE1C6 but the frame says 0xF4B5");
    }

    @Test
    void badCrc_repliesNak() {
        assertThat(Rejection.BAD_CRC.reply()).isEqualTo(Rejection.Reply.NAK);
    }

    @Test
    void crcCheckValue() {
        byte[] check = bytes("123456789");
        assertThat(Dc09Encoder.crc16(check, 0, check.length)).isEqualTo(0xBB3D);
    }

    // --- BAD_LENGTH ------------------------------------------------------------------------------------------

    @Test
    void badLength_saysDeclaredAndActual() {
        rejecting(wire(P1.replace("003B", "003C")), Rejection.BAD_LENGTH)
                .hasMessage("Length field says 0x003C (60 bytes) but 59 bytes (0x003B) lie between the '\"' and the CR");
    }

    @Test
    void lowerCaseCrcAndLengthAreAccepted() throws Exception {
        Dc09Frame frame = Dc09MessageDecoder.readFrame(wire(P1.replace("F4B5003B", "f4b5003b")));
        assertThat(frame.sequence()).isEqualTo("0001");
    }

    // --- OVERSIZED -------------------------------------------------------------------------------------------

    @Test
    void oversized_moreThanTheLengthFieldCanExpress() {
        String data = "#1234|Nri1/BA01" + "^" + "x".repeat(4100) + "^";
        byte[] frame = bytes("\n00000FFF\"SIA-DCS\"0001L0#1234[" + data + "]\r");
        rejecting(frame, Rejection.OVERSIZED).hasMessageContaining("4095 (0xFFF)");
    }

    // --- MALFORMED (readFrame) -------------------------------------------------------------------------------

    @Test
    void malformed_noLineFeed() {
        rejecting(bytes("F4B5003B\"SIA-DCS\"0001R1L1#1234[]\r"), Rejection.MALFORMED).hasMessageStartingWith("A frame starts with LF");
    }

    @Test
    void malformed_noCarriageReturn() {
        rejecting(bytes("\n21A30015\"NULL\"0000R1L1#1234[]\n"), Rejection.MALFORMED)
                .hasMessage("A frame ends with CR (0x0D) but this one ends with <0x0A>");
    }

    @Test
    void malformed_empty() {
        rejecting(new byte[0], Rejection.MALFORMED).hasMessage("The frame is empty");
    }

    @Test
    void malformed_noLengthField() {
        rejecting(bytes("\nhello world\r"), Rejection.MALFORMED).hasMessageContaining("a length 0LLL");
    }

    @Test
    void malformed_tokenNotClosed() {
        rejecting(framed("\"SIA-DCS0001R1L1#1234[]"), Rejection.MALFORMED).hasMessageContaining("is not closed by '\"'");
    }

    @Test
    void malformed_emptyToken() {
        rejecting(framed("\"\"0001R1L1#1234[]"), Rejection.MALFORMED).hasMessage("The token between the quotes is empty");
    }

    @Test
    void malformed_sequenceNotFourDigits() {
        rejecting(framed("\"SIA-DCS\"01R1L1#1234[]"), Rejection.MALFORMED)
                .hasMessage("After the token a 4-digit sequence number must follow, but the frame has '01R1'");
    }

    @Test
    void malformed_receiverWithoutDigits() {
        rejecting(framed("\"SIA-DCS\"0001RL1#1234[]"), Rejection.MALFORMED).hasMessageContaining("receiver number after R");
    }

    @Test
    void malformed_receiverTooLong() {
        rejecting(framed("\"SIA-DCS\"0001R1234567L1#1234[]"), Rejection.MALFORMED).hasMessageContaining("1 to 6 hex digits");
    }

    @Test
    void malformed_lineTooLong() {
        rejecting(framed("\"SIA-DCS\"0001R1L1234567#1234[]"), Rejection.MALFORMED).hasMessageContaining("at most 6 hex digits");
    }

    @Test
    void malformed_accountTooShort() {
        rejecting(framed("\"SIA-DCS\"0001R1L1#12[]"), Rejection.MALFORMED)
                .hasMessage("The account after '#' must be 3 to 16 hex digits, but it is '12'");
    }

    @Test
    void malformed_accountTooLong() {
        rejecting(framed("\"SIA-DCS\"0001R1L1#12345678901234567[]"), Rejection.MALFORMED).hasMessageContaining("3 to 16 hex digits");
    }

    @Test
    void malformed_accountNotHex() {
        rejecting(framed("\"SIA-DCS\"0001R1L1#12G4[]"), Rejection.MALFORMED).hasMessageContaining("'12G4'");
    }

    @Test
    void malformed_noDataBlock() {
        rejecting(framed("\"SIA-DCS\"0001R1L1#1234"), Rejection.MALFORMED).hasMessageStartingWith("No '[' opening the data block");
    }

    @Test
    void malformed_unexpectedHeaderCharacter() {
        rejecting(framed("\"SIA-DCS\"0001X1L1#1234[]"), Rejection.MALFORMED)
                .hasMessage("Unexpected 'X' at position 5 of the header '0001X1L1#1234'; expected R, L, # or '['");
    }

    @Test
    void malformed_repliesDuh() {
        assertThat(Rejection.MALFORMED.reply()).isEqualTo(Rejection.Reply.DUH);
    }

    // --- MALFORMED (open) ------------------------------------------------------------------------------------

    @Test
    void malformed_plainDataBlockNotClosed() {
        opening(framed("\"SIA-DCS\"0001R1L1#1234[#1234|Nri1/BA01"), null, NOW, false, Rejection.MALFORMED)
                .hasMessageContaining("no ']' closes the data block");
    }

    @Test
    void malformed_plainJunkAfterTheData() {
        opening(framed("\"SIA-DCS\"0001R1L1#1234[#1234|Nri1/BA01]junk"), null, NOW, false, Rejection.MALFORMED)
                .hasMessageContaining("must end with _HH:MM:SS,MM-DD-YYYY but it ends with 'junk'");
    }

    @Test
    void malformed_ciphertextNotHex() {
        opening(framed("\"*SIA-DCS\"0001R1L1#1234[" + "XY".repeat(16)), K128, NOW, false, Rejection.MALFORMED)
                .hasMessageContaining("hex digits only");
    }

    @Test
    void malformed_ciphertextNotWholeBlocks() {
        opening(framed("\"*SIA-DCS\"0001R1L1#1234[" + "AB".repeat(17)), K128, NOW, false, Rejection.MALFORMED)
                .hasMessageContaining("a multiple of 32 characters) but has 34");
    }

    // --- UNSUPPORTED_TOKEN -----------------------------------------------------------------------------------

    @Test
    void unsupportedToken_carriesTheFrameForTheDuh() {
        byte[] frame = framed("\"SIA-XYZ\"0007R1L1#1234[#1234|Nri1/BA01]");
        assertThatThrownBy(() -> Dc09MessageDecoder.readFrame(frame))
                .isInstanceOfSatisfying(Dc09Exception.class, e -> {
                    assertThat(e.rejection()).isEqualTo(Rejection.UNSUPPORTED_TOKEN);
                    assertThat(e.rejection().reply()).isEqualTo(Rejection.Reply.DUH);
                    assertThat(e.getMessage()).startsWith("Token \"SIA-XYZ\" is not one this receiver handles");
                    assertThat(e.frame()).isPresent();
                    assertThat(Wire.text(Dc09Encoder.duh(e.frame().orElseThrow()))).endsWith("\"DUH\"0007R1L1#1234[]\r");
                });
    }

    // --- MISSING_KEY -----------------------------------------------------------------------------------------

    @Test
    void missingKey() {
        byte[] e1 = Dc09Encoder.encode(new Dc09Outgoing("SIA-DCS", 1, "1", "1", "1234", "#1234|Nri1/BA01", null, NOW), K128,
                new java.util.Random(3));
        opening(e1, null, NOW, false, Rejection.MISSING_KEY)
                .hasMessage("The frame is encrypted (\"*SIA-DCS\") but no AES key is configured for account '1234'");
        assertThat(Rejection.MISSING_KEY.reply()).isEqualTo(Rejection.Reply.NAK);
    }

    // --- UNEXPECTED_PLAINTEXT and UNKNOWN_ACCOUNT: the caller's policy -----------------------------------------

    @Test
    void unexpectedPlaintext_isTheCallersDecisionAndAKeyIsIgnoredForPlainFrames() throws Exception {
        Dc09Message m = Dc09MessageDecoder.open(Dc09MessageDecoder.readFrame(wire(P1)), K128, NOW, TimeWindow.STANDARD, false);
        assertThat(m.data()).isEqualTo("#1234|Nri1/BA01");
        Dc09Exception policy = new Dc09Exception(Rejection.UNEXPECTED_PLAINTEXT, "Account 1234 must encrypt", m.frame());
        assertThat(policy.rejection().reply()).isEqualTo(Rejection.Reply.NAK);
        assertThat(policy.frame()).contains(m.frame());
    }

    @Test
    void unknownAccount_isTheCallersDecision() {
        Dc09Exception e = new Dc09Exception(Rejection.UNKNOWN_ACCOUNT, "No account 9999");
        assertThat(e.rejection().reply()).isEqualTo(Rejection.Reply.NAK);
        assertThat(e.frame()).isEmpty();
        assertThat(e).hasToString("Dc09Exception[UNKNOWN_ACCOUNT]: No account 9999");
    }

    // --- UNDECRYPTABLE ---------------------------------------------------------------------------------------

    @Test
    void undecryptable_wrongKey() {
        byte[] e1 = Dc09Encoder.encode(new Dc09Outgoing("SIA-DCS", 1, "1", "1", "1234", "#1234|Nri1/BA01", null, NOW), K128,
                new java.util.Random(3));
        AesKey other = AesKey.parse("FF0102030405060708090A0B0C0D0E0F", KeyFormat.HEX);
        opening(e1, other, NOW, false, Rejection.UNDECRYPTABLE)
                .hasMessageContaining("the key is probably wrong")
                .hasMessageContaining("configured as HEX (128 bit)")
                .hasMessageContaining("did not take it as text");
    }

    @Test
    void undecryptable_hexKeyWhereThePanelUsedTheTextNotation() {
        // The panel (Ajax style) took the key as 16 characters, the receiver was configured with hex digits.
        AesKey panel = AesKey.parse("0123456789ABCDEF", KeyFormat.TEXT);
        AesKey receiver = AesKey.parse("0123456789ABCDEF0123456789ABCDEF", KeyFormat.HEX);
        byte[] frame = Dc09Encoder.encode(new Dc09Outgoing("SIA-DCS", 9, "1", "1", "1234", "#1234|Nri1/BA01", null, NOW), panel,
                new java.util.Random(3));
        opening(frame, receiver, NOW, false, Rejection.UNDECRYPTABLE).hasMessageContaining("did not take it as text");
    }

    @Test
    void undecryptable_textKeyWhereThePanelUsedHex() {
        AesKey panel = AesKey.parse("30313233343536373839414243444546", KeyFormat.HEX);
        AesKey receiver = AesKey.parse("3031323334353637", KeyFormat.TEXT);
        byte[] frame = Dc09Encoder.encode(new Dc09Outgoing("NULL", 0, "1", "1", "1234", "", null, NOW), panel, new java.util.Random(3));
        opening(frame, receiver, NOW, false, Rejection.UNDECRYPTABLE).hasMessageContaining("did not take it as hex");
    }

    @Test
    void undecryptable_controlCharactersInTheDecryptedData() {
        byte[] frame = Sealed.frame("SIA-DCS", "0001R1L1#1234", K128, Sealed.padded('p', "|#1234|\u0001\u0002/BA01]_12:00:00,01-15-2025"));
        opening(frame, K128, NOW, false, Rejection.UNDECRYPTABLE).hasMessageContaining("control characters");
    }

    // --- MISSING_TIMESTAMP -----------------------------------------------------------------------------------

    @Test
    void missingTimestamp_encryptedWithoutOne() {
        byte[] frame = Sealed.frame("SIA-DCS", "0001R1L1#1234", K128, Sealed.padded('p', "|#1234|Nri1/BA01]"));
        opening(frame, K128, NOW, false, Rejection.MISSING_TIMESTAMP)
                .hasMessage("Encrypted messages must end with _HH:MM:SS,MM-DD-YYYY, but this one has no timestamp");
    }

    @Test
    void missingTimestamp_encryptedWithMonthZero() {
        // The zero-based month bug of quirk 8 in January.
        byte[] frame = Sealed.frame("SIA-DCS", "0001R1L1#1234", K128, Sealed.padded('p', "|#1234|Nri1/BA01]_12:00:00,00-15-2025"));
        opening(frame, K128, NOW, false, Rejection.MISSING_TIMESTAMP)
                .hasMessage("Timestamp _12:00:00,00-15-2025 has month 00, expected 01-12 (the format is MM-DD-YYYY)");
    }

    @Test
    void missingTimestamp_plainWhenEnforced() {
        opening(framed("\"SIA-DCS\"0001R1L1#1234[#1234|Nri1/BA01]"), null, NOW, true, Rejection.MISSING_TIMESTAMP)
                .hasMessageContaining("enforced for plain messages");
    }

    @Test
    void invalidTimestampOnAPlainFrameIsDroppedWhenNotEnforced() throws Exception {
        byte[] frame = framed("\"SIA-DCS\"0001R1L1#1234[#1234|Nri1/BA01]_25:00:00,02-30-2025");
        Dc09Message m = Dc09MessageDecoder.open(Dc09MessageDecoder.readFrame(frame), null, NOW, TimeWindow.STANDARD, false);
        assertThat(m.timestamp()).isNull();
        assertThat(m.data()).isEqualTo("#1234|Nri1/BA01");
    }

    @Test
    void invalidTimestamp_dayAndTimeAreValidated() {
        assertThatThrownBy(() -> Dc09Time.parse("_12:00:00,02-29-2025", 0)).hasMessageContaining("day 29, expected 01-28");
        assertThatThrownBy(() -> Dc09Time.parse("_12:00:00,13-01-2025", 0)).hasMessageContaining("month 13");
        assertThatThrownBy(() -> Dc09Time.parse("_24:00:00,01-01-2025", 0)).hasMessageContaining("time 24:00:00");
        assertThatThrownBy(() -> Dc09Time.parse("_12:60:00,01-01-2025", 0)).hasMessageContaining("time 12:60:00");
        assertThat(Dc09Time.parse("_23:59:59,02-29-2024", 0)).isEqualTo(Instant.parse("2024-02-29T23:59:59Z"));
    }

    // --- OUTSIDE_TIME_WINDOW ---------------------------------------------------------------------------------

    private static byte[] encryptedAt(Instant time) {
        return Dc09Encoder.encode(new Dc09Outgoing("SIA-DCS", 1, "1", "1", "1234", "#1234|Nri1/BA01", null, time), K128,
                new java.util.Random(5));
    }

    @Test
    void timeWindow_40SecondsBehindIsAccepted() throws Exception {
        byte[] frame = encryptedAt(NOW.minusSeconds(40));
        assertThat(Dc09MessageDecoder.open(Dc09MessageDecoder.readFrame(frame), K128, NOW, TimeWindow.STANDARD, false).timestamp())
                .isEqualTo(NOW.minusSeconds(40));
    }

    @Test
    void timeWindow_41SecondsBehindIsRejected() {
        opening(encryptedAt(NOW.minusSeconds(41)), K128, NOW, false, Rejection.OUTSIDE_TIME_WINDOW)
                .hasMessage("Message time 2025-01-15T11:59:19Z is 41 s behind the receiver clock 2025-01-15T12:00:00Z;"
                        + " allowed are 40 s behind and 20 s ahead");
    }

    @Test
    void timeWindow_20SecondsAheadIsAccepted() throws Exception {
        byte[] frame = encryptedAt(NOW.plusSeconds(20));
        assertThat(Dc09MessageDecoder.open(Dc09MessageDecoder.readFrame(frame), K128, NOW, TimeWindow.STANDARD, false)).isNotNull();
    }

    @Test
    void timeWindow_21SecondsAheadIsRejected() {
        opening(encryptedAt(NOW.plusSeconds(21)), K128, NOW, false, Rejection.OUTSIDE_TIME_WINDOW)
                .hasMessageContaining("is 21 s ahead of the receiver clock");
    }

    @Test
    void timeWindow_plainFramesAreNotCheckedByDefault() throws Exception {
        Dc09Message m = Dc09MessageDecoder.open(Dc09MessageDecoder.readFrame(wire(P1)), null, NOW.plus(Duration.ofDays(400)),
                TimeWindow.STANDARD, false);
        assertThat(m.timestamp()).isEqualTo(NOW);
    }

    @Test
    void timeWindow_plainFramesAreCheckedWhenEnforced() {
        opening(wire(P1), null, NOW.plusSeconds(3600), true, Rejection.OUTSIDE_TIME_WINDOW).hasMessageContaining("3600 s behind");
    }

    @Test
    void timeWindow_nullWindowChecksNothing() throws Exception {
        byte[] old = encryptedAt(Instant.parse("2014-03-01T00:00:00Z"));
        assertThat(Dc09MessageDecoder.open(Dc09MessageDecoder.readFrame(old), K128, null, null, true).data()).isEqualTo("#1234|Nri1/BA01");
    }

    @Test
    void timeWindow_customWindow() throws Exception {
        TimeWindow wide = new TimeWindow(Duration.ofMinutes(5), Duration.ofMinutes(5));
        byte[] frame = encryptedAt(NOW.minusSeconds(240));
        assertThat(Dc09MessageDecoder.open(Dc09MessageDecoder.readFrame(frame), K128, NOW, wide, false)).isNotNull();
        assertThatThrownBy(() -> new TimeWindow(Duration.ofSeconds(-1), Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    // --- header forms ----------------------------------------------------------------------------------------

    @Test
    void headerIsKeptExactlyAsSent() throws Exception {
        Dc09Frame f = Dc09MessageDecoder.readFrame(framed("\"SIA-DCS\"0042Rab12Lcd#12aBcD[]"));
        assertThat(f.receiver()).isEqualTo("ab12");
        assertThat(f.line()).isEqualTo("cd");
        assertThat(f.account()).isEqualTo("12aBcD");
        assertThat(f.header()).isEqualTo("0042Rab12Lcd#12aBcD");
    }

    @Test
    void readFrameHonoursOffsetAndLength() throws Exception {
        byte[] p1 = wire(P1);
        byte[] padded = Wire.concat(new byte[] {1, 2, 3}, p1, new byte[] {4});
        assertThat(Dc09MessageDecoder.readFrame(padded, 3, p1.length)).isEqualTo(Dc09MessageDecoder.readFrame(p1));
        assertThatThrownBy(() -> Dc09MessageDecoder.readFrame(padded, 3, padded.length)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void extendedDataWithAnEmptyBlockAndWithoutTimestamp() throws Exception {
        Dc09Message m = Dc09MessageDecoder.open(Dc09MessageDecoder.readFrame(framed("\"ADM-CID\"0001L0#1234[#1234|1130 02 001]"
                + "[Vhttp://a/1.jpg,http://a/2.jpg][]")), null, NOW, TimeWindow.STANDARD, false);
        assertThat(m.extended()).containsExactly("Vhttp://a/1.jpg,http://a/2.jpg", "");
        assertThat(m.extended('V')).contains("http://a/1.jpg,http://a/2.jpg");
        assertThat(m.timestamp()).isNull();
    }

    @Test
    void messageCopiesItsExtendedList() {
        List<String> list = new java.util.ArrayList<>(List.of("X1"));
        Dc09Message m = new Dc09Message(null, "", list, null);
        list.add("Y2");
        assertThat(m.extended()).containsExactly("X1");
        assertThat(new Dc09Message(null, "", null, null).extended()).isEmpty();
    }
}
