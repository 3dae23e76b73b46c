package org.vaka.protocol.dc09;

/** Renders raw frame bytes for error messages: printable ASCII as is, everything else as {@code <0xNN>}. */
final class FrameText {

    private static final int MAX_PREVIEW = 48;

    private FrameText() {
    }

    static String preview(byte[] buf, int from, int to) {
        StringBuilder sb = new StringBuilder("'");
        int end = Math.min(to, from + MAX_PREVIEW);
        for (int i = from; i < end; i++) {
            appendByte(sb, buf[i]);
        }
        if (end < to) {
            sb.append("...");
        }
        return sb.append('\'').toString();
    }

    static String byteName(byte b) {
        return appendByte(new StringBuilder(), b).toString();
    }

    static String charName(char c) {
        return c >= 0x20 && c < 0x7F ? "'" + c + "'" : String.format("<0x%02X>", (int) c);
    }

    private static StringBuilder appendByte(StringBuilder sb, byte b) {
        int v = b & 0xFF;
        if (v >= 0x20 && v < 0x7F) {
            return sb.append((char) v);
        }
        return sb.append(String.format("<0x%02X>", v));
    }
}
