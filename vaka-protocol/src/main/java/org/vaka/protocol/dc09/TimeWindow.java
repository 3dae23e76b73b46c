package org.vaka.protocol.dc09;

import java.time.Duration;
import java.util.Objects;

/**
 * How far a message time may be from the receiver clock. The window exists against replayed encrypted
 * messages; the standard's values are 40 s behind and 20 s ahead.
 */
public record TimeWindow(Duration behind, Duration ahead) {

    public static final TimeWindow STANDARD = new TimeWindow(Duration.ofSeconds(40), Duration.ofSeconds(20));

    public TimeWindow {
        Objects.requireNonNull(behind, "behind");
        Objects.requireNonNull(ahead, "ahead");
        if (behind.isNegative() || ahead.isNegative()) {
            throw new IllegalArgumentException("A time window cannot be negative: behind " + behind + ", ahead " + ahead);
        }
    }
}
