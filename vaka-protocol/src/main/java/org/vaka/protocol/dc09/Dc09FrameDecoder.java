package org.vaka.protocol.dc09;

import static org.vaka.protocol.dc09.FrameLayout.CR;
import static org.vaka.protocol.dc09.FrameLayout.LF;

/**
 * Splits a byte stream into frames (LF ... CR). Uses the 0LLL length to find the end, so a CR or LF inside
 * a binary CRC does not break it; falls back to scanning for CR when the length lies. Skips NUL bytes and
 * garbage between frames. Stateless.
 *
 * <p>Typical use on a TCP stream: call {@link #scan} on the unread bytes; on FRAME hand buf[start, end) to
 * {@link Dc09MessageDecoder#readFrame} and continue at end; on GARBAGE or OVERSIZED drop up to end and
 * continue; on INCOMPLETE keep buf[start, to) and wait for more bytes.
 */
public final class Dc09FrameDecoder {

    /** More than the 0xFFF covered bytes the length field can express plus LF, CRC, length and CR. */
    public static final int DEFAULT_MAX_FRAME_BYTES = 4200;

    // Below this not even a NULL frame with a short account fits, so a smaller limit is a configuration error.
    private static final int MIN_MAX_FRAME_BYTES = 32;

    private final int maxFrameBytes;

    public Dc09FrameDecoder() {
        this(DEFAULT_MAX_FRAME_BYTES);
    }

    public Dc09FrameDecoder(int maxFrameBytes) {
        if (maxFrameBytes < MIN_MAX_FRAME_BYTES) {
            throw new IllegalArgumentException("maxFrameBytes must be at least " + MIN_MAX_FRAME_BYTES + ", not " + maxFrameBytes);
        }
        this.maxFrameBytes = maxFrameBytes;
    }

    public int maxFrameBytes() {
        return maxFrameBytes;
    }

    /** Looks at buf[from, to). */
    public Scan scan(byte[] buf, int from, int to) {
        if (from < 0 || to > buf.length || from > to) {
            throw new IndexOutOfBoundsException("from " + from + ", to " + to + ", length " + buf.length);
        }
        int lf = indexOf(buf, LF, from, to);
        if (lf < 0) {
            return new Scan(Scan.Kind.GARBAGE, from, to);
        }
        int limit = (int) Math.min(to, (long) lf + maxFrameBytes);
        int crcLength = FrameLayout.crcLength(buf, lf, to);
        if (crcLength == FrameLayout.UNDECIDED) {
            return new Scan(Scan.Kind.INCOMPLETE, lf, to);
        }
        if (crcLength == FrameLayout.NONE) {
            return unrecognised(buf, from, lf, to, limit);
        }
        int quote = FrameLayout.coveredStart(lf, crcLength);
        int declared = Hex.parse(buf, quote - 4, 4);
        long end = (long) quote + declared + 1;
        if (end - lf <= maxFrameBytes && end <= to && buf[(int) end - 1] == CR) {
            return new Scan(Scan.Kind.FRAME, lf, (int) end);
        }
        // The length lied or the frame is not complete: the first CR after the quote ends it, an LF means
        // this frame was cut off and another one starts.
        for (int i = quote + 1; i < limit; i++) {
            if (buf[i] == CR) {
                return new Scan(Scan.Kind.FRAME, lf, i + 1);
            }
            if (buf[i] == LF) {
                return new Scan(Scan.Kind.GARBAGE, from, i);
            }
        }
        if (to - lf >= maxFrameBytes) {
            return new Scan(Scan.Kind.OVERSIZED, lf, limit);
        }
        return new Scan(Scan.Kind.INCOMPLETE, lf, to);
    }

    // An LF not followed by a DC-09 length field. Up to CR it is still handed out as a frame, so that the
    // receiver can log why it is not DC-09 (readFrame explains); an LF before any CR makes it garbage.
    private Scan unrecognised(byte[] buf, int from, int lf, int to, int limit) {
        for (int i = lf + 1; i < limit; i++) {
            if (buf[i] == CR) {
                return new Scan(Scan.Kind.FRAME, lf, i + 1);
            }
            if (buf[i] == LF) {
                return new Scan(Scan.Kind.GARBAGE, from, i);
            }
        }
        if (to - lf >= maxFrameBytes) {
            return new Scan(Scan.Kind.GARBAGE, from, limit);
        }
        return new Scan(Scan.Kind.INCOMPLETE, lf, to);
    }

    private static int indexOf(byte[] buf, byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /**
     * What {@link #scan} found.
     *
     * @param start for FRAME, INCOMPLETE and OVERSIZED: where the frame's LF is; for GARBAGE: {@code from}
     * @param end   exclusive; for INCOMPLETE: {@code to}
     */
    public record Scan(Kind kind, int start, int end) {
        public enum Kind {
            /** buf[start, end) is one whole frame, LF through CR; discard up to end afterwards. */
            FRAME,
            /** A frame starts at start but is not complete yet; bytes before start may be discarded. */
            INCOMPLETE,
            /** buf[from, end) holds no frame start; discard it. */
            GARBAGE,
            /** A frame starting at start exceeds maxFrameBytes; discard up to end. */
            OVERSIZED
        }
    }
}
