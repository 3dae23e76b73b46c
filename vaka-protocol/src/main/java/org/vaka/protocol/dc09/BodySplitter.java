package org.vaka.protocol.dc09;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits {@code data]} {@code [x]...} {@code _timestamp} — the part of a body after the opening '[', or the
 * decrypted text of an encrypted one (which starts with the pad).
 *
 * <p>In decrypted text a malformed tail is the sign of a wrong key (AES with the wrong key yields random
 * bytes, never a well-formed tail), so the same findings become UNDECRYPTABLE there and MALFORMED in plain
 * frames.
 */
final class BodySplitter {

    private BodySplitter() {
    }

    /**
     * @param text             plain body (starting at '[') or decrypted text (starting with the pad)
     * @param start            index after the '[' (plain) or 0 (decrypted)
     * @param decryptedWith    null for plain text, otherwise the key used, for the wrong-key hint
     * @param timestampNeeded  whether an absent or invalid timestamp rejects the message; when false an
     *                         invalid one is dropped (a panel with a broken clock must still get its alarm through)
     */
    static Dc09Message split(Dc09Frame frame, String text, int start, AesKey decryptedWith, boolean timestampNeeded)
            throws Dc09Exception {
        boolean decrypted = decryptedWith != null;
        int close = text.indexOf(']', start);
        if (close < 0) {
            throw garbage(frame, decryptedWith, "no ']' closes the data block");
        }
        String data;
        if (decrypted) {
            // The data follows the first '|' (the pad terminator; the data itself holds another '|').
            // Hikvision's *NULL has no '|' at all: then the data is empty.
            int bar = text.indexOf('|', start);
            data = bar >= 0 && bar < close ? text.substring(bar + 1, close) : "";
            if (hasControlCharacter(data)) {
                throw garbage(frame, decryptedWith, "the data block holds control characters");
            }
        } else {
            data = text.substring(start, close);
        }

        List<String> extended = List.of();
        int i = close + 1;
        int n = text.length();
        while (i < n && text.charAt(i) == '[') {
            int end = text.indexOf(']', i + 1);
            if (end < 0) {
                throw garbage(frame, decryptedWith, "extended data block at position " + (i + 1) + " is not closed by ']'");
            }
            if (extended.isEmpty()) {
                extended = new ArrayList<>(2);
            }
            String block = text.substring(i + 1, end);
            if (decrypted && hasControlCharacter(block)) {
                throw garbage(frame, decryptedWith, "an extended data block holds control characters");
            }
            extended.add(block);
            i = end + 1;
        }

        Instant timestamp = null;
        if (i < n) {
            if (!Dc09Time.hasShape(text, i)) {
                throw garbage(frame, decryptedWith, "after the data the text must end with _HH:MM:SS,MM-DD-YYYY but it ends with "
                        + quote(text, i));
            }
            try {
                timestamp = Dc09Time.parse(text, i);
            } catch (IllegalArgumentException e) {
                if (timestampNeeded) {
                    throw new Dc09Exception(Rejection.MISSING_TIMESTAMP, e.getMessage(), frame);
                }
            }
        }
        return new Dc09Message(frame, data, extended, timestamp);
    }

    private static boolean hasControlCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    private static String quote(String text, int from) {
        StringBuilder sb = new StringBuilder("'");
        int end = Math.min(text.length(), from + 32);
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                sb.append(c);
            } else {
                sb.append(String.format("<0x%02X>", (int) c));
            }
        }
        return sb.append(end < text.length() ? "...'" : "'").toString();
    }

    private static Dc09Exception garbage(Dc09Frame frame, AesKey key, String finding) {
        if (key == null) {
            return new Dc09Exception(Rejection.MALFORMED, "Body " + quote(frame.body(), 0) + ": " + finding, frame);
        }
        String other = key.format() == KeyFormat.HEX ? "text" : "hex";
        return new Dc09Exception(Rejection.UNDECRYPTABLE, "Decrypted text is not a DC-09 message (" + finding
                + "): the key is probably wrong. It is configured as " + key.format() + " (" + key.bits()
                + " bit); check that the panel has the same key and did not take it as " + other
                + " (Ajax and Home Assistant use text keys, Hikvision hex)", frame);
    }
}
