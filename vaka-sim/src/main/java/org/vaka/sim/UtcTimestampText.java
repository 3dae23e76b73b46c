package org.vaka.sim;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The DC-09 time text {@code HH:MM:SS,MM-DD-YYYY} (UTC) of a second. Thousands of frames share one second, so the
 * text is formatted once per second instead of once per frame. Not thread-safe: one per event loop.
 */
final class UtcTimestampText {

    static final int LENGTH = 19;

    private long cachedSecond = Long.MIN_VALUE;
    private final byte[] cachedText = new byte[LENGTH];

    byte[] of(long epochSecond) {
        if (epochSecond != cachedSecond) {
            LocalDateTime t = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
            String text = String.format(java.util.Locale.ROOT, "%02d:%02d:%02d,%02d-%02d-%04d",
                    t.getHour(), t.getMinute(), t.getSecond(), t.getMonthValue(), t.getDayOfMonth(), t.getYear());
            System.arraycopy(text.getBytes(StandardCharsets.US_ASCII), 0, cachedText, 0, LENGTH);
            cachedSecond = epochSecond;
        }
        return cachedText;
    }
}
