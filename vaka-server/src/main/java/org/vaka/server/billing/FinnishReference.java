package org.vaka.server.billing;

/**
 * Finnish national reference numbers (viitenumero): a base of 3 to 19 digits and a check digit, the base weighted
 * 7, 3, 1, 7, 3, 1, ... from the right; the check digit brings the weighted sum up to the next multiple of ten.
 */
public final class FinnishReference {

    private static final int[] WEIGHTS = {7, 3, 1};

    private FinnishReference() {
    }

    public static int checkDigit(String base) {
        if (base == null || base.length() < 3 || base.length() > 19 || !base.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("a Finnish reference base is 3 to 19 digits: " + base);
        }
        int sum = 0;
        for (int i = base.length() - 1, w = 0; i >= 0; i--, w++) {
            sum += (base.charAt(i) - '0') * WEIGHTS[w % 3];
        }
        return (10 - sum % 10) % 10;
    }

    public static String of(String base) {
        return base + checkDigit(base);
    }

    /** Spaces, as printed on invoices in groups of five, are ignored. */
    public static boolean valid(String reference) {
        if (reference == null) {
            return false;
        }
        String digits = reference.replace(" ", "");
        if (digits.length() < 4 || digits.length() > 20 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return checkDigit(digits.substring(0, digits.length() - 1)) == digits.charAt(digits.length() - 1) - '0';
    }
}
