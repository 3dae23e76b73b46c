package org.vaka.server.identity;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a customer types as the second step: six digits from the authenticator app, or one of the recovery codes.
 * Spaces (apps show "123 456") and case do not matter. Carried as an authentication's details, so the one
 * authentication manager checks password and code together.
 */
public record TwoStepCode(String value) {

    private static final Pattern TOTP = Pattern.compile("\\d{6}");
    private static final Pattern RECOVERY = Pattern.compile("[a-z2-7]{5}-?[a-z2-7]{5}");

    /** @return empty when the text can be neither kind of code */
    public static java.util.Optional<TwoStepCode> parse(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        String clean = text.replace(" ", "").strip().toLowerCase(Locale.ROOT);
        return TOTP.matcher(clean).matches() || RECOVERY.matcher(clean).matches()
                ? java.util.Optional.of(new TwoStepCode(clean)) : java.util.Optional.empty();
    }

    public boolean isRecoveryCode() {
        return !TOTP.matcher(value).matches();
    }

    @Override
    public String toString() {
        return "TwoStepCode"; // a code is a credential: never in a log
    }
}
