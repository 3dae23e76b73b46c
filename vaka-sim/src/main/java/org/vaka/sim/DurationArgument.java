package org.vaka.sim;

import java.time.Duration;

/** Reads durations the way people type them on a command line: {@code 30s}, {@code 2m}, {@code 500ms}, {@code 45}. */
public final class DurationArgument {

    private DurationArgument() {
    }

    /** A plain number means seconds, because that is what a load test is usually sized in. */
    public static Duration parse(String text) throws UsageException {
        String t = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
        long factorMillis;
        String number;
        if (t.endsWith("ms")) {
            factorMillis = 1;
            number = t.substring(0, t.length() - 2);
        } else if (t.endsWith("s")) {
            factorMillis = 1_000;
            number = t.substring(0, t.length() - 1);
        } else if (t.endsWith("m")) {
            factorMillis = 60_000;
            number = t.substring(0, t.length() - 1);
        } else if (t.endsWith("h")) {
            factorMillis = 3_600_000;
            number = t.substring(0, t.length() - 1);
        } else {
            factorMillis = 1_000;
            number = t;
        }
        try {
            double value = Double.parseDouble(number.trim());
            // parseDouble also takes "NaN", "Infinity" and hex floats; a duration must be a plain finite number
            if (!number.trim().matches("[0-9]+(\\.[0-9]+)?") || !Double.isFinite(value)) {
                throw new NumberFormatException(number);
            }
            long millis = Math.round(value * factorMillis);
            if (millis <= 0) {
                throw new UsageException("duration must be more than zero: '" + text + "'");
            }
            return Duration.ofMillis(millis);
        } catch (NumberFormatException e) {
            throw new UsageException("not a duration: '" + text + "' (use e.g. 30s, 2m, 500ms or plain seconds)");
        }
    }
}
