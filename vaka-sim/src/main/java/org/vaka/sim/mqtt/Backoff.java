package org.vaka.sim.mqtt;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Pauses between connection attempts: the first short, each next one twice as long up to a ceiling, back to the
 * first once a session works. The jitter spreads thousands of panels that lost the broker at the same instant, so
 * they do not all come back in the same millisecond. Not thread-safe: one connection's event loop owns it.
 */
public final class Backoff {

    private final long firstMillis;
    private final long maxMillis;
    private final double jitter;
    private long nextMillis;

    /** @param jitter how much longer, at most, a pause may be made at random: 0.2 = up to 20 % */
    public Backoff(Duration first, Duration max, double jitter) {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0 || jitter < 0) {
            throw new IllegalArgumentException("backoff needs 0 < first <= max and jitter >= 0");
        }
        this.firstMillis = first.toMillis();
        this.maxMillis = max.toMillis();
        this.jitter = jitter;
        this.nextMillis = firstMillis;
    }

    /** 1 s doubling to 30 s, as a panel's communicator does. */
    public static Backoff standard() {
        return new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 0.2);
    }

    public Duration next() {
        long base = nextMillis;
        nextMillis = Math.min(nextMillis * 2, maxMillis);
        long extra = jitter == 0 ? 0 : (long) (base * jitter * ThreadLocalRandom.current().nextDouble());
        return Duration.ofMillis(base + extra);
    }

    public void reset() {
        nextMillis = firstMillis;
    }
}
