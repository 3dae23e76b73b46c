package org.vaka.server.portal.registration;

/**
 * Mobile numbers as people type them (070-123 45 67, 0046 70…, +46 70…) in one form, so what a customer types
 * matches what the centre recorded however either was written.
 */
public final class MobileNumber {

    private MobileNumber() {
    }

    /** International form: +46701234567. A leading 0 is taken as Swedish, the country most customers are in. */
    public static String normalised(String typed) {
        if (typed == null) {
            return "";
        }
        String digits = typed.replaceAll("[\\s\\-()./]", "");
        if (digits.startsWith("00")) {
            digits = "+" + digits.substring(2);
        } else if (digits.startsWith("0")) {
            digits = "+46" + digits.substring(1);
        }
        if (digits.startsWith("+460")) {
            digits = "+46" + digits.substring(4);
        }
        return digits.matches("\\+[0-9]{7,15}") ? digits : "";
    }
}
