package org.vaka.protocol.dc09;

/** Hex digits in both directions; senders use upper case, we accept either on input. */
final class Hex {

    private static final byte[] UPPER = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private Hex() {
    }

    static int value(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    }

    static boolean isHex(int c) {
        return value(c) >= 0;
    }

    /** The value of {@code n} hex digits at {@code off}, or -1 when one of them is not a hex digit. */
    static int parse(byte[] buf, int off, int n) {
        int v = 0;
        for (int i = off; i < off + n; i++) {
            int d = value(buf[i]);
            if (d < 0) {
                return -1;
            }
            v = v << 4 | d;
        }
        return v;
    }

    static void writeUpper(int value, int digits, byte[] out, int off) {
        for (int i = digits - 1; i >= 0; i--) {
            out[off + i] = UPPER[value & 0xF];
            value >>>= 4;
        }
    }

    static void appendUpper(StringBuilder sb, byte[] bytes) {
        for (byte b : bytes) {
            sb.append((char) UPPER[(b >> 4) & 0xF]).append((char) UPPER[b & 0xF]);
        }
    }

    /** Decodes s[from, to); null when the length is odd or a character is not a hex digit. */
    static byte[] decode(String s, int from, int to) {
        int n = to - from;
        if ((n & 1) != 0) {
            return null;
        }
        byte[] out = new byte[n / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = value(s.charAt(from + 2 * i));
            int lo = value(s.charAt(from + 2 * i + 1));
            if ((hi | lo) < 0) {
                return null;
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return out;
    }
}
