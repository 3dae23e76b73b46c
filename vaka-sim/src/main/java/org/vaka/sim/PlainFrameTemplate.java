package org.vaka.sim;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.vaka.protocol.dc09.Dc09Encoder;
import org.vaka.protocol.dc09.Dc09Outgoing;

/**
 * One unencrypted frame of a panel, encoded once by {@link Dc09Encoder} and afterwards only re-stamped: sequence,
 * timestamp and CRC are the only bytes that change between two sends of the same event, and the length never
 * does. This keeps the per-frame cost to a CRC over ~60 bytes, which matters because the simulator shares two
 * cores with the server it measures.
 */
final class PlainFrameTemplate {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    // LF, 4 CRC characters and 4 length characters come before the covered region
    private static final int CRC_OFFSET = 1;
    private static final int COVERED_OFFSET = 9;

    // plain frames carry no pad; passed only so the encoder never meets a null
    private static final RandomGenerator UNUSED_PAD_SOURCE = new SplittableRandom(0);

    private final byte[] frame;
    private final int sequenceOffset;
    private final int timestampOffset;

    PlainFrameTemplate(String account, String data) {
        frame = Dc09Encoder.encode(
                new Dc09Outgoing("SIA-DCS", 1, "0", "0", account, data, List.of(), Instant.EPOCH), null, UNUSED_PAD_SOURCE);
        int n = frame.length;
        int closingQuote = indexOf((byte) '"', COVERED_OFFSET + 1);
        sequenceOffset = closingQuote + 1;
        timestampOffset = n - 1 - UtcTimestampText.LENGTH;
        if (frame[0] != '\n' || frame[n - 1] != '\r' || frame[timestampOffset - 1] != '_'
                || frame[COVERED_OFFSET] != '"' || closingQuote < 0
                || !new String(frame, sequenceOffset, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("0001")) {
            throw new IllegalStateException("Dc09Encoder produced a frame of an unexpected shape: "
                    + new String(frame, java.nio.charset.StandardCharsets.ISO_8859_1).strip());
        }
    }

    /** Writes sequence and time into the frame and returns it; the array is reused by the next call. */
    byte[] stamp(int sequence, byte[] timestampText) {
        frame[sequenceOffset] = (byte) ('0' + sequence / 1000 % 10);
        frame[sequenceOffset + 1] = (byte) ('0' + sequence / 100 % 10);
        frame[sequenceOffset + 2] = (byte) ('0' + sequence / 10 % 10);
        frame[sequenceOffset + 3] = (byte) ('0' + sequence % 10);
        System.arraycopy(timestampText, 0, frame, timestampOffset, UtcTimestampText.LENGTH);
        int crc = Dc09Encoder.crc16(frame, COVERED_OFFSET, frame.length - 1 - COVERED_OFFSET);
        frame[CRC_OFFSET] = HEX[crc >>> 12 & 0xF];
        frame[CRC_OFFSET + 1] = HEX[crc >>> 8 & 0xF];
        frame[CRC_OFFSET + 2] = HEX[crc >>> 4 & 0xF];
        frame[CRC_OFFSET + 3] = HEX[crc & 0xF];
        return frame;
    }

    private int indexOf(byte b, int from) {
        for (int i = from; i < frame.length; i++) {
            if (frame[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
