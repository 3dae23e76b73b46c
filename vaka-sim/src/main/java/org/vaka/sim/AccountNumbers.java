package org.vaka.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The accounts of the virtual panels: prefix + zero-padded hex number, six characters in all (F00001, F00002, ...),
 * longer only when the count does not fit. Hex because receivers validate DC-09 accounts as 3-16 hex characters.
 */
final class AccountNumbers {

    private static final int USUAL_LENGTH = 6;
    private static final int MAX_LENGTH = 16;

    private AccountNumbers() {
    }

    static void checkPrefix(String prefix, int count) throws UsageException {
        if (!prefix.matches("[0-9A-Fa-f]{0,15}")) {
            throw new UsageException("--account-prefix must be hex digits (DC-09 accounts are hex): '" + prefix + "'");
        }
        if (prefix.length() + digits(prefix, count) > MAX_LENGTH) {
            throw new UsageException("--account-prefix '" + prefix + "' leaves no room for " + count
                    + " accounts in 16 hex characters");
        }
    }

    static List<String> of(String prefix, int count) {
        String upper = prefix.toUpperCase(Locale.ROOT);
        int digits = digits(prefix, count);
        List<String> accounts = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            String hex = Integer.toHexString(n).toUpperCase(Locale.ROOT);
            accounts.add(upper + "0".repeat(digits - hex.length()) + hex);
        }
        return accounts;
    }

    private static int digits(String prefix, int count) {
        int needed = Integer.toHexString(count).length();
        return Math.max(USUAL_LENGTH - prefix.length(), Math.max(needed, 3 - prefix.length()));
    }
}
