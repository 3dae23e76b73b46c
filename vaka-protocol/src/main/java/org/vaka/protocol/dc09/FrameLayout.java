package org.vaka.protocol.dc09;

/**
 * Where the fixed fields of a frame sit. A hex CRC takes 4 characters and a binary CRC 2 bytes, so the
 * {@code 0LLL"} length-and-quote pattern starts 5 or 3 bytes after the LF; nothing else tells them apart.
 */
final class FrameLayout {

    static final byte LF = 0x0A;
    static final byte CR = 0x0D;

    /** Returned by {@link #crcLength} when the bytes seen so far fit neither layout. */
    static final int NONE = -1;
    /** Returned by {@link #crcLength} when more bytes are needed to decide. */
    static final int UNDECIDED = 0;

    static final int HEX_CRC = 4;
    static final int BINARY_CRC = 2;

    /** Highest value of the 0LLL field. */
    static final int MAX_COVERED = 0xFFF;

    private FrameLayout() {
    }

    /** The CRC length of the frame whose LF is at {@code lf}, looking at buf[lf, to) only. */
    static int crcLength(byte[] buf, int lf, int to) {
        boolean hex = fits(buf, lf, to, HEX_CRC);
        boolean binary = fits(buf, lf, to, BINARY_CRC);
        if (binary && to - lf >= BINARY_CRC + 6) {
            return BINARY_CRC;
        }
        if (hex && to - lf >= HEX_CRC + 6) {
            return HEX_CRC;
        }
        return hex || binary ? UNDECIDED : NONE;
    }

    /** Index of the opening quote, where the CRC- and length-covered region starts. */
    static int coveredStart(int lf, int crcLength) {
        return lf + 1 + crcLength + 4;
    }

    static CrcFormat format(int crcLength) {
        return crcLength == HEX_CRC ? CrcFormat.HEX : CrcFormat.BINARY;
    }

    // Checks only the bytes present: a partial frame fits as long as nothing seen contradicts the layout.
    private static boolean fits(byte[] buf, int lf, int to, int crcLength) {
        int quote = coveredStart(lf, crcLength);
        for (int i = lf + 1; i <= quote && i < to; i++) {
            int b = buf[i];
            boolean ok;
            if (i < lf + 1 + crcLength) {
                ok = crcLength == BINARY_CRC || Hex.isHex(b);
            } else if (i == lf + 1 + crcLength) {
                ok = b == '0';
            } else if (i < quote) {
                ok = Hex.isHex(b);
            } else {
                ok = b == '"';
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
