package org.vaka.protocol.dc09;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

/** Wraps the covered text (from the opening '"' to the last character) into LF, CRC, 0LLL ... CR. */
final class FrameWriter {

    private FrameWriter() {
    }

    static byte[] frame(CharSequence covered, CrcFormat crcFormat) {
        int n = covered.length();
        if (n > FrameLayout.MAX_COVERED) {
            throw new IllegalArgumentException("A DC-09 frame can cover at most 4095 bytes, this one would cover " + n);
        }
        int crcLength = crcFormat == CrcFormat.HEX ? FrameLayout.HEX_CRC : FrameLayout.BINARY_CRC;
        int quote = FrameLayout.coveredStart(0, crcLength);
        byte[] out = new byte[quote + n + 1];
        for (int i = 0; i < n; i++) {
            char c = covered.charAt(i);
            if (c > 0xFF) {
                throw new IllegalArgumentException("A DC-09 frame carries bytes; character U+" + Integer.toHexString(c)
                        + " at position " + i + " does not fit in one");
            }
            out[quote + i] = (byte) c;
        }
        int crc = Crc16.compute(out, quote, n);
        out[0] = FrameLayout.LF;
        if (crcFormat == CrcFormat.HEX) {
            Hex.writeUpper(crc, 4, out, 1);
        } else {
            out[1] = (byte) (crc >>> 8);
            out[2] = (byte) crc;
        }
        Hex.writeUpper(n, 4, out, quote - 4);
        out[out.length - 1] = FrameLayout.CR;
        return out;
    }

    static byte[] bytes(CharSequence s) {
        return s.toString().getBytes(ISO_8859_1);
    }
}
