package org.vaka.server.sites;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The code a customer types to add a newly installed alarm system: ten characters from an alphabet without
 * look-alikes (no 0/O, 1/I/L), shown in two groups of five ({@code K7QMR-4XPDW}), about 49 bits. Typing is
 * forgiving: case, spaces and dashes do not matter, and O, I and L are read as 0 and 1, so a code read aloud over
 * the phone still matches. Stored only as the SHA-256 of that normal form; guessing is throttled per login, and a
 * code works once and for a limited time, so a slow hash would add nothing a guesser meets.
 */
public final class ActivationCode {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ActivationCode() {
    }

    /** A new random code, grouped for reading. */
    public static String random() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i == LENGTH / 2) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** What the typed code is once case, separators and look-alikes are set aside; empty when it cannot be a code. */
    public static String normalised(String typed) {
        if (typed == null) {
            return "";
        }
        String plain = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-_.]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        return plain.matches("[0-9A-Z]{6,16}") ? plain : "";
    }

    /** The SHA-256 of the normal form, as stored. */
    public static String hashOf(String typed) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalised(typed).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
