package org.vaka.protocol.dc09;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

/**
 * Reads {@code "token"seq[R..][L..][#acct]} and the body of a frame whose CRC and length are already checked.
 * Lenient where real panels deviate (bare L, no L, no R, no account), strict where a reply could not echo
 * the header faithfully.
 */
final class FrameHeaderReader {

    // Tokens as constants so that the common frames share the String instead of allocating one.
    private static final String[] KNOWN_TOKENS = {"SIA-DCS", "ADM-CID", "NULL", "ACK", "NAK", "DUH", "RSP"};
    private static final byte[][] KNOWN_TOKEN_BYTES = new byte[KNOWN_TOKENS.length][];
    private static final int MAX_TOKEN = 16;
    // 4-digit sequence, R + 6, L + 6, # + 16, with room to spare for a precise error message.
    private static final int MAX_HEADER = 48;
    private static final int MIN_ACCOUNT = 3;
    private static final int MAX_ACCOUNT = 16;
    private static final int MAX_PREFIX_DIGITS = 6;

    static {
        for (int i = 0; i < KNOWN_TOKENS.length; i++) {
            KNOWN_TOKEN_BYTES[i] = KNOWN_TOKENS[i].getBytes(ISO_8859_1);
        }
    }

    private FrameHeaderReader() {
    }

    /** @param quote index of the opening '"'; @param cr index of the CR */
    static Dc09Frame read(byte[] buf, int quote, int cr, CrcFormat crcFormat) throws Dc09Exception {
        int tokenEnd = closingQuote(buf, quote + 1, cr);
        boolean encrypted = buf[quote + 1] == '*';
        int tokenStart = encrypted ? quote + 2 : quote + 1;
        if (tokenStart >= tokenEnd) {
            throw malformed("The token between the quotes is empty");
        }
        String known = knownToken(buf, tokenStart, tokenEnd);
        String token = known != null ? known : new String(buf, tokenStart, tokenEnd - tokenStart, ISO_8859_1);

        int seq = tokenEnd + 1;
        if (cr - seq < 4 || !digits(buf, seq, seq + 4)) {
            throw malformed("After the token a 4-digit sequence number must follow, but the frame has "
                    + FrameText.preview(buf, seq, Math.min(cr, seq + 4)));
        }
        int bracket = indexOf(buf, (byte) '[', seq + 4, Math.min(cr, seq + MAX_HEADER));
        if (bracket < 0) {
            throw malformed("No '[' opening the data block after the header " + FrameText.preview(buf, seq, Math.min(cr, seq + MAX_HEADER)));
        }
        String header = new String(buf, seq, bracket - seq, ISO_8859_1);

        // The account marker is '#', or 'A' in the fixed NAK header R0L0A0; 'A' is also a hex digit, so
        // the NAK form is only considered for NAK frames.
        int marker = header.indexOf('#', 4);
        if (marker < 0 && "NAK".equals(token)) {
            marker = header.lastIndexOf('A');
            marker = marker >= 4 ? marker : -1;
        }
        int prefixEnd = marker < 0 ? header.length() : marker;
        String account = marker < 0 ? "" : header.substring(marker + 1);
        checkAccount(account, header, marker);

        int i = 4;
        String receiver = null;
        String line = null;
        if (i < prefixEnd && header.charAt(i) == 'R') {
            int digitsEnd = hexRun(header, i + 1, prefixEnd);
            if (digitsEnd == i + 1 || digitsEnd - i - 1 > MAX_PREFIX_DIGITS) {
                throw malformed("The receiver number after R must be 1 to 6 hex digits, but the header is '" + header + "'");
            }
            receiver = header.substring(i + 1, digitsEnd);
            i = digitsEnd;
        }
        if (i < prefixEnd && header.charAt(i) == 'L') {
            int digitsEnd = hexRun(header, i + 1, prefixEnd);
            if (digitsEnd - i - 1 > MAX_PREFIX_DIGITS) {
                throw malformed("The line prefix after L must be at most 6 hex digits, but the header is '" + header + "'");
            }
            line = header.substring(i + 1, digitsEnd);
            i = digitsEnd;
        }
        if (i != prefixEnd) {
            throw malformed("Unexpected " + FrameText.charName(header.charAt(i)) + " at position " + (i + 1)
                    + " of the header '" + header + "'; expected R, L, # or '['");
        }
        String body = new String(buf, bracket, cr - bracket, ISO_8859_1);
        Dc09Frame frame = new Dc09Frame(crcFormat, token, encrypted, header.substring(0, 4), receiver, line, account, header, body);
        if (known == null) {
            throw new Dc09Exception(Rejection.UNSUPPORTED_TOKEN, "Token \"" + (encrypted ? "*" : "") + token
                    + "\" is not one this receiver handles (SIA-DCS, ADM-CID, NULL and the replies ACK, NAK, DUH, RSP)", frame);
        }
        return frame;
    }

    private static int closingQuote(byte[] buf, int from, int cr) throws Dc09Exception {
        int limit = Math.min(cr, from + MAX_TOKEN + 2);
        for (int i = from; i < limit; i++) {
            byte b = buf[i];
            if (b == '"') {
                return i;
            }
            if (b < 0x21 || b > 0x7E) {
                throw malformed("The token may hold only printable characters, but it has " + FrameText.byteName(b)
                        + " after " + FrameText.preview(buf, from - 1, i));
            }
        }
        throw malformed("The token starting " + FrameText.preview(buf, from - 1, limit) + " is not closed by '\"' within "
                + MAX_TOKEN + " characters");
    }

    private static String knownToken(byte[] buf, int from, int to) {
        int n = to - from;
        for (int t = 0; t < KNOWN_TOKEN_BYTES.length; t++) {
            byte[] candidate = KNOWN_TOKEN_BYTES[t];
            if (candidate.length == n && java.util.Arrays.equals(buf, from, to, candidate, 0, n)) {
                return KNOWN_TOKENS[t];
            }
        }
        return null;
    }

    private static void checkAccount(String account, String header, int marker) throws Dc09Exception {
        int n = account.length();
        boolean nakForm = marker >= 0 && header.charAt(marker) == 'A';
        if (n == 0 && !nakForm) {
            return;
        }
        if (hexRun(account, 0, n) != n || n > MAX_ACCOUNT || (!nakForm && n < MIN_ACCOUNT) || n == 0) {
            throw malformed("The account after '" + header.charAt(marker) + "' must be " + (nakForm ? 1 : MIN_ACCOUNT)
                    + " to 16 hex digits, but it is '" + account + "'");
        }
    }

    private static int hexRun(String s, int from, int to) {
        int i = from;
        while (i < to && Hex.isHex(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean digits(byte[] buf, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] < '0' || buf[i] > '9') {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] buf, byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static Dc09Exception malformed(String message) {
        return new Dc09Exception(Rejection.MALFORMED, message);
    }
}
