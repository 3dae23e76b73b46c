package org.vaka.server.billing;

import java.math.BigInteger;
import java.util.Locale;

/**
 * RF creditor references (ISO 11649): "RF", two check digits and up to 21 letters or digits. The check is ISO 7064
 * mod 97-10: with "RF" and the check digits moved to the end and letters read as numbers (A = 10 ... Z = 35), the
 * whole is 1 modulo 97.
 */
public final class CreditorReference {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private CreditorReference() {
    }

    public static String of(String reference) {
        String body = compact(reference);
        if (body.isEmpty() || body.length() > 21 || !body.chars().allMatch(CreditorReference::alphanumeric)) {
            throw new IllegalArgumentException("a creditor reference is 1 to 21 letters or digits: " + reference);
        }
        int check = 98 - mod97(body + "RF00");
        return "RF" + (check < 10 ? "0" : "") + check + body;
    }

    public static boolean valid(String reference) {
        if (reference == null) {
            return false;
        }
        String compact = compact(reference);
        if (compact.length() < 5 || compact.length() > 25 || !compact.startsWith("RF")
                || !Character.isDigit(compact.charAt(2)) || !Character.isDigit(compact.charAt(3))
                || !compact.chars().allMatch(CreditorReference::alphanumeric)) {
            return false;
        }
        return mod97(compact.substring(4) + compact.substring(0, 4)) == 1;
    }

    /** Printed form: groups of four. */
    public static String printed(String reference) {
        String compact = compact(reference);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < compact.length(); i += 4) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(compact, i, Math.min(i + 4, compact.length()));
        }
        return out.toString();
    }

    private static String compact(String reference) {
        return reference.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    private static boolean alphanumeric(int c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    }

    private static int mod97(String alphanumeric) {
        StringBuilder digits = new StringBuilder();
        for (char c : alphanumeric.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
    }
}
