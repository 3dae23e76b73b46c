package org.vaka.server.billing;

/**
 * Swedish OCR references for Bankgiro payments: digits with a Luhn (mod 10) check digit last, optionally preceded by
 * a length digit — the number of digits in the whole reference, check and length digit included, modulo 10 — so the
 * bank also refuses a reference with a digit dropped or added.
 */
public final class OcrReference {

    private OcrReference() {
    }

    /** The Luhn check digit of the digits: from the right, every other digit doubled starting with the last. */
    public static int luhnDigit(String digits) {
        requireDigits(digits);
        int sum = 0;
        boolean doubled = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return (10 - sum % 10) % 10;
    }

    public static String withCheckDigit(String digits) {
        return digits + luhnDigit(digits);
    }

    /** The reference with a length digit and the check digit appended (Bankgiro's "längdsiffra"). */
    public static String withLengthAndCheckDigit(String digits) {
        String withLength = digits + (digits.length() + 2) % 10;
        return withCheckDigit(withLength);
    }

    public static boolean valid(String reference) {
        if (reference == null || reference.length() < 2 || reference.length() > 25 || !reference.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return luhnDigit(reference.substring(0, reference.length() - 1)) == reference.charAt(reference.length() - 1) - '0';
    }

    public static boolean validWithLength(String reference) {
        return valid(reference) && reference.length() >= 3
                && reference.charAt(reference.length() - 2) - '0' == reference.length() % 10;
    }

    private static void requireDigits(String digits) {
        if (digits == null || digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("an OCR reference is digits only: " + digits);
        }
    }
}
