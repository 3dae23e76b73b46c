package org.vaka.protocol.dc09;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.vaka.protocol.dc09.Wire.K128;
import static org.vaka.protocol.dc09.Wire.NOW;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vaka.protocol.dc09.Dc09FrameDecoder.Scan;
import org.vaka.protocol.event.EventDecoder;

/**
 * Random and mutated input, seeded so that a failure reproduces: nothing but Dc09Exception ever escapes, and a
 * frame whose CRC does not match its bytes is never returned.
 */
class Dc09FuzzTest {

    private static final long SEED = 0x5EED_DC09L;
    private static final byte[] ALPHABET = "\n\r\"*#[]|_^/:,-0123456789ABCDEFRLNabcdefrilt SIAD-CN\u0000".getBytes(
            java.nio.charset.StandardCharsets.ISO_8859_1);

    private final Random random = new Random(SEED);

    private List<byte[]> validFrames() {
        List<byte[]> frames = new ArrayList<>();
        String[] data = {"#1234|Nri1/BA01", "#1234|1130 01 015", "", "#0001|0|NRP", "Nri0RP2^SL 1807^"};
        for (int i = 0; i < 40; i++) {
            String d = data[i % data.length];
            String token = d.isEmpty() ? "NULL" : d.contains("1130") ? "ADM-CID" : "SIA-DCS";
            Dc09Outgoing m = new Dc09Outgoing(token, i, i % 2 == 0 ? "1" : null, i % 3 == 0 ? "" : "0", "1234", d,
                    i % 4 == 0 ? List.of("X1") : null, i % 5 == 0 ? null : NOW);
            AesKey key = i % 3 == 1 && m.timestamp() != null ? K128 : null;
            frames.add(Dc09Encoder.encode(m, key, random, i % 7 == 0 ? CrcFormat.BINARY : CrcFormat.HEX));
        }
        return frames;
    }

    /** Reads a frame; any exception other than Dc09Exception fails the test, and so does an unchecked CRC. */
    private static Dc09Frame readSafely(byte[] bytes) {
        try {
            Dc09Frame frame = Dc09MessageDecoder.readFrame(bytes);
            assertCrcHolds(bytes);
            try {
                Dc09Message m = Dc09MessageDecoder.open(frame, K128, NOW, TimeWindow.STANDARD, false);
                EventDecoder.decode(m);
            } catch (Dc09Exception expected) {
                assertThat(expected.frame()).isPresent();
            }
            return frame;
        } catch (Dc09Exception expected) {
            assertThat(expected.getMessage()).isNotBlank();
            return null;
        } catch (RuntimeException e) {
            fail("readFrame/open threw %s for %s", e, FrameText.preview(bytes, 0, bytes.length), e);
            return null;
        }
    }

    private static void assertCrcHolds(byte[] bytes) {
        int crcLength = FrameLayout.crcLength(bytes, 0, bytes.length - 1);
        int quote = FrameLayout.coveredStart(0, crcLength);
        int sent = crcLength == 4 ? Hex.parse(bytes, 1, 4) : (bytes[1] & 0xFF) << 8 | bytes[2] & 0xFF;
        assertThat(Crc16.compute(bytes, quote, bytes.length - 1 - quote)).as("CRC of an accepted frame").isEqualTo(sent);
        assertThat(Hex.parse(bytes, quote - 4, 4)).as("length of an accepted frame").isEqualTo(bytes.length - 1 - quote);
    }

    @Test
    void singleByteMutationsOfValidFramesAreAlwaysRejected() {
        int tried = 0;
        for (byte[] valid : validFrames()) {
            for (int n = 0; n < 60; n++) {
                byte[] mutated = valid.clone();
                int at = random.nextInt(mutated.length);
                byte replacement = (byte) random.nextInt(256);
                // Lower-casing a hex digit of the CRC or length keeps the same value: still a valid frame.
                if (replacement == mutated[at] || Character.toLowerCase(replacement) == Character.toLowerCase(mutated[at])) {
                    continue;
                }
                mutated[at] = replacement;
                tried++;
                assertThat(readSafely(mutated)).as("mutated byte %d of %s", at, Wire.text(valid)).isNull();
            }
        }
        assertThat(tried).isGreaterThan(2000);
    }

    @Test
    void insertionsDeletionsAndTruncationsAreRejected() {
        for (byte[] valid : validFrames()) {
            for (int n = 0; n < 30; n++) {
                int at = 1 + random.nextInt(valid.length - 2);
                byte[] shorter = concatSkipping(valid, at);
                assertThat(readSafely(shorter)).isNull();
                byte[] longer = new byte[valid.length + 1];
                System.arraycopy(valid, 0, longer, 0, at);
                longer[at] = ALPHABET[random.nextInt(ALPHABET.length)];
                System.arraycopy(valid, at, longer, at + 1, valid.length - at);
                assertThat(readSafely(longer)).isNull();
                assertThat(readSafely(Arrays.copyOf(valid, at))).isNull();
            }
        }
    }

    @Test
    void randomBytesNeverThrowAnythingElse() {
        for (int n = 0; n < 3000; n++) {
            byte[] bytes = new byte[random.nextInt(120)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = random.nextInt(4) == 0 ? (byte) random.nextInt(256) : ALPHABET[random.nextInt(ALPHABET.length)];
            }
            if (bytes.length > 1 && random.nextBoolean()) {
                bytes[0] = '\n';
                bytes[bytes.length - 1] = '\r';
            }
            readSafely(bytes);
        }
    }

    @Test
    void randomBodiesWithValidCrcNeverThrowAnythingElse() {
        // Valid CRC and length around random content, so that the header and body parsers get exercised.
        String[] heads = {"\"SIA-DCS\"", "\"*SIA-DCS\"", "\"ADM-CID\"", "\"NULL\"", "\"*NULL\"", "\"NAK\"", "\"X\"", "\""};
        for (int n = 0; n < 3000; n++) {
            StringBuilder sb = new StringBuilder(heads[random.nextInt(heads.length)]);
            int length = random.nextInt(80);
            for (int i = 0; i < length; i++) {
                sb.append((char) (ALPHABET[random.nextInt(ALPHABET.length)] & 0xFF));
            }
            readSafely(Wire.framed(sb.toString()));
        }
    }

    @Test
    void corruptedCiphertextWithRecomputedCrcOnlyEverGivesDc09Exceptions() throws Dc09Exception {
        int tried = 0;
        for (byte[] valid : validFrames()) {
            Dc09Frame frame = Dc09MessageDecoder.readFrame(valid);
            if (!frame.encrypted()) {
                continue;
            }
            String head = "\"*" + frame.token() + "\"" + frame.header() + "[";
            for (int n = 0; n < 50; n++) {
                char[] hex = frame.body().substring(1).toCharArray();
                hex[random.nextInt(hex.length)] = "0123456789ABCDEF".charAt(random.nextInt(16));
                readSafely(Wire.framed(head + new String(hex)));
                tried++;
            }
        }
        assertThat(tried).isPositive();
    }

    @Test
    void frameDecoderAlwaysMakesProgressOnRandomStreams() {
        Dc09FrameDecoder decoder = new Dc09FrameDecoder(200);
        List<byte[]> valid = validFrames();
        for (int n = 0; n < 300; n++) {
            List<byte[]> parts = new ArrayList<>();
            for (int p = 0; p < 8; p++) {
                byte[] part = random.nextBoolean() ? valid.get(random.nextInt(valid.size())) : randomBytes(random.nextInt(30));
                parts.add(part);
            }
            byte[] stream = Wire.concat(parts.toArray(byte[][]::new));
            int from = 0;
            while (from < stream.length) {
                Scan scan = decoder.scan(stream, from, stream.length);
                assertThat(scan.end()).isBetween(from, stream.length);
                if (scan.kind() == Scan.Kind.INCOMPLETE) {
                    assertThat(scan.start()).isBetween(from, stream.length - 1);
                    break;
                }
                assertThat(scan.end()).isGreaterThan(from);
                if (scan.kind() == Scan.Kind.FRAME) {
                    assertThat(stream[scan.start()]).isEqualTo((byte) '\n');
                    assertThat(stream[scan.end() - 1]).isEqualTo((byte) '\r');
                    readSafely(Arrays.copyOfRange(stream, scan.start(), scan.end()));
                }
                from = scan.end();
            }
        }
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        for (int i = 0; i < n; i++) {
            bytes[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return bytes;
    }

    private static byte[] concatSkipping(byte[] bytes, int skip) {
        byte[] out = new byte[bytes.length - 1];
        System.arraycopy(bytes, 0, out, 0, skip);
        System.arraycopy(bytes, skip + 1, out, skip, bytes.length - skip - 1);
        return out;
    }
}
