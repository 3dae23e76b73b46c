package org.vaka.server.portal.registration;

import java.util.Locale;

/** What a customer's password must be: long enough to resist guessing, and not the address it signs in with. */
final class PasswordRule {

    static final int MIN_LENGTH = 10;

    private PasswordRule() {
    }

    static boolean acceptable(String password, String email) {
        return password != null && password.length() >= MIN_LENGTH
                && !password.strip().equalsIgnoreCase(email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }
}
