package org.vaka.protocol.dc09;

import java.util.random.RandomGenerator;

/**
 * The random prefix that makes identical messages encrypt differently under the zero IV. The standard allows
 * any byte but '|', '[' and ']'; we send printable alphanumerics because some receivers choke on the rest.
 */
final class Pad {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int BLOCK = 16;

    private Pad() {
    }

    /** 1..16: the pad plus the rest must fill whole AES blocks, and a full block is added when it already would. */
    static int length(int restLength) {
        return BLOCK - restLength % BLOCK;
    }

    static String random(int length, RandomGenerator source) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(source.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    static void check(String pad, int restLength) {
        if (pad.length() != length(restLength)) {
            throw new IllegalArgumentException("The pad must be " + length(restLength) + " characters for " + restLength
                    + " characters of data, not " + pad.length());
        }
        for (int i = 0; i < pad.length(); i++) {
            char c = pad.charAt(i);
            if (c == '|' || c == '[' || c == ']' || c > 0xFF) {
                throw new IllegalArgumentException("A pad may not contain '|', '[' or ']', or characters beyond one byte");
            }
        }
    }
}
