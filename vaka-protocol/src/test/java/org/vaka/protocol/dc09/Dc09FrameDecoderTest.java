package org.vaka.protocol.dc09;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vaka.protocol.dc09.Wire.concat;
import static org.vaka.protocol.dc09.Wire.framed;
import static org.vaka.protocol.dc09.Wire.wire;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vaka.protocol.dc09.Dc09FrameDecoder.Scan;
import org.vaka.protocol.dc09.Dc09FrameDecoder.Scan.Kind;

class Dc09FrameDecoderTest {

    private static final byte[] P1 = wire("F4B5003B\"SIA-DCS\"0001R1L1#1234[#1234|Nri1/BA01]_12:00:00,01-15-2025");
    private static final byte[] P3 = wire("21A30015\"NULL\"0000R1L1#1234[]");

    private final Dc09FrameDecoder decoder = new Dc09FrameDecoder(Dc09FrameDecoder.DEFAULT_MAX_FRAME_BYTES);

    /** Drives the decoder the way a TCP handler does, returning the frames and dropping everything else. */
    private List<byte[]> frames(byte[] stream) {
        List<byte[]> out = new ArrayList<>();
        int from = 0;
        while (from < stream.length) {
            Scan scan = decoder.scan(stream, from, stream.length);
            if (scan.kind() == Kind.INCOMPLETE) {
                break;
            }
            if (scan.kind() == Kind.FRAME) {
                out.add(Arrays.copyOfRange(stream, scan.start(), scan.end()));
            }
            assertThat(scan.end()).isGreaterThan(from);
            from = scan.end();
        }
        return out;
    }

    @Test
    void oneFrame() {
        assertThat(decoder.scan(P1, 0, P1.length)).isEqualTo(new Scan(Kind.FRAME, 0, P1.length));
    }

    @Test
    void severalFramesInOneRead_asDahuaSends() {
        byte[] six = concat(P1, P3, P1, P3, P1, P3);
        List<byte[]> frames = frames(six);
        assertThat(frames).hasSize(6);
        assertThat(frames.get(0)).isEqualTo(P1);
        assertThat(frames.get(5)).isEqualTo(P3);
    }

    @Test
    void frameSplitAtEveryPossiblePoint() {
        for (int cut = 1; cut < P1.length; cut++) {
            byte[] first = Arrays.copyOf(P1, cut);
            Scan partial = decoder.scan(first, 0, first.length);
            assertThat(partial.kind()).as("cut at %d", cut).isEqualTo(Kind.INCOMPLETE);
            assertThat(partial.start()).isZero();
            assertThat(decoder.scan(P1, 0, P1.length).kind()).isEqualTo(Kind.FRAME);
        }
    }

    @Test
    void frameArrivingByteByByte() {
        byte[] buffer = new byte[P1.length];
        for (int n = 1; n <= P1.length; n++) {
            buffer[n - 1] = P1[n - 1];
            Scan scan = decoder.scan(buffer, 0, n);
            assertThat(scan.kind()).isEqualTo(n == P1.length ? Kind.FRAME : Kind.INCOMPLETE);
        }
    }

    @Test
    void trailingNulBytes_asTheG90bSends() {
        byte[] stream = concat(P1, new byte[] {0, 0, 0, 0});
        Scan first = decoder.scan(stream, 0, stream.length);
        assertThat(first).isEqualTo(new Scan(Kind.FRAME, 0, P1.length));
        assertThat(decoder.scan(stream, first.end(), stream.length)).isEqualTo(new Scan(Kind.GARBAGE, P1.length, stream.length));
    }

    @Test
    void nulBytesAndGarbageBeforeAFrame() {
        byte[] stream = concat(new byte[] {0, 0, 'x', 'y', '\r'}, P1);
        assertThat(decoder.scan(stream, 0, stream.length)).isEqualTo(new Scan(Kind.FRAME, 5, stream.length));
    }

    @Test
    void noLineFeedAtAllIsGarbage() {
        byte[] junk = "SR0001L0001    006969XX    [ID00000000]\r".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(decoder.scan(junk, 0, junk.length)).isEqualTo(new Scan(Kind.GARBAGE, 0, junk.length));
    }

    @Test
    void emptyRangeIsEmptyGarbage() {
        assertThat(decoder.scan(P1, 3, 3)).isEqualTo(new Scan(Kind.GARBAGE, 3, 3));
    }

    @Test
    void scanRespectsFrom() {
        byte[] two = concat(P1, P3);
        assertThat(decoder.scan(two, P1.length, two.length)).isEqualTo(new Scan(Kind.FRAME, P1.length, two.length));
    }

    @Test
    void lengthTooLong_fallsBackToTheCr() {
        // Same frame with length 0x0040 instead of 0x003B: the CR ends it and readFrame reports the length.
        byte[] lying = P1.clone();
        lying[7] = '4';
        lying[8] = '0';
        assertThat(decoder.scan(lying, 0, lying.length)).isEqualTo(new Scan(Kind.FRAME, 0, lying.length));
        assertThatThrownBy(() -> Dc09MessageDecoder.readFrame(lying))
                .isInstanceOfSatisfying(Dc09Exception.class, e -> assertThat(e.rejection()).isEqualTo(Rejection.BAD_LENGTH));
    }

    @Test
    void lengthTooShort_fallsBackToTheCr() {
        byte[] lying = P1.clone();
        lying[8] = '0'; // 0x0030
        byte[] stream = concat(lying, P3);
        List<byte[]> frames = frames(stream);
        assertThat(frames).hasSize(2);
        assertThat(frames.get(0)).isEqualTo(lying);
        assertThat(frames.get(1)).isEqualTo(P3);
    }

    @Test
    void truncatedFrameFollowedByAnotherIsDroppedAsGarbage() {
        byte[] cut = Arrays.copyOf(P1, 30);
        List<byte[]> frames = frames(concat(cut, P3));
        assertThat(frames).hasSize(1);
        assertThat(frames.get(0)).isEqualTo(P3);
    }

    @Test
    void oversizedFrameIsReportedAndSkipped() {
        Dc09FrameDecoder small = new Dc09FrameDecoder(40);
        byte[] stream = concat(P1, P3);
        Scan scan = small.scan(stream, 0, stream.length);
        assertThat(scan.kind()).isEqualTo(Kind.OVERSIZED);
        assertThat(scan.start()).isZero();
        assertThat(scan.end()).isEqualTo(40);
        assertThat(small.scan(stream, scan.end(), stream.length)).isEqualTo(new Scan(Kind.FRAME, P1.length, stream.length));
    }

    @Test
    void oversizedIsOnlyDecidedOnceMaxFrameBytesArrived() {
        Dc09FrameDecoder small = new Dc09FrameDecoder(40);
        assertThat(small.scan(P1, 0, 39).kind()).isEqualTo(Kind.INCOMPLETE);
        assertThat(small.scan(P1, 0, 40).kind()).isEqualTo(Kind.OVERSIZED);
    }

    @Test
    void lineFeedWithoutDc09HeaderUpToCrIsHandedOutForReadFrameToExplain() {
        byte[] stream = "\nF#001234 Galaxy\r".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(decoder.scan(stream, 0, stream.length)).isEqualTo(new Scan(Kind.FRAME, 0, stream.length));
        assertThatThrownBy(() -> Dc09MessageDecoder.readFrame(stream))
                .isInstanceOfSatisfying(Dc09Exception.class, e -> assertThat(e.rejection()).isEqualTo(Rejection.MALFORMED));
    }

    @Test
    void strayLineFeedBeforeAFrameIsSkipped() {
        byte[] stream = concat(new byte[] {'\n', '\n'}, P1);
        assertThat(frames(stream)).containsExactly(P1);
    }

    @Test
    void binaryCrcHoldingCrAndLfBytesIsFramedByLength() {
        byte[] frame = binaryFrameWithCrcByte(FrameLayout.CR, FrameLayout.LF);
        List<byte[]> frames = frames(concat(frame, P3, frame));
        assertThat(frames).containsExactly(frame, P3, frame);
    }

    @Test
    void maxFrameBytesHasASaneMinimum() {
        assertThatThrownBy(() -> new Dc09FrameDecoder(5)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Dc09FrameDecoder().maxFrameBytes()).isEqualTo(Dc09FrameDecoder.DEFAULT_MAX_FRAME_BYTES);
    }

    @Test
    void rangeIsChecked() {
        assertThatThrownBy(() -> decoder.scan(P1, 5, 2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> decoder.scan(P1, 0, P1.length + 1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    /** A binary-CRC SIA frame whose CRC holds one of the given bytes, found by trying sequence numbers. */
    static byte[] binaryFrameWithCrcByte(byte... wanted) {
        for (int seq = 0; seq < 10000; seq++) {
            byte[] frame = FrameWriter.frame(String.format("\"SIA-DCS\"%04dR1L1#1234[#1234|Nri1/BA01]", seq), CrcFormat.BINARY);
            for (byte w : wanted) {
                if (frame[1] == w || frame[2] == w) {
                    return frame;
                }
            }
        }
        throw new AssertionError("no sequence number gives such a CRC");
    }

    @Test
    void framedFixtureHasAValidCrc() throws Exception {
        assertThat(Dc09MessageDecoder.readFrame(framed("\"NULL\"0000R1L1#1234[]"))).isNotNull();
    }
}
