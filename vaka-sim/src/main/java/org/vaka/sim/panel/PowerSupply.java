package org.vaka.sim.panel;

import java.time.Duration;
import java.time.Instant;

/**
 * Mains and the backup battery. The battery level is worked out from elapsed clock time rather than stepped, so a
 * simulated weekend without power costs nothing to run: it drains linearly over the battery life while mains is
 * off and refills while mains is on.
 */
final class PowerSupply {

    /** Panels warn while there is still most of a night left. */
    static final double LOW_PERCENT = 20.0;

    /** A trickle charger refills a flat battery in about a day. */
    private static final Duration RECHARGE_TIME = Duration.ofHours(24);

    private final Duration batteryLife;
    private boolean mains = true;
    private double percentAtMark = 100.0;
    private Instant mark;

    PowerSupply(Duration batteryLife, Instant now) {
        this.batteryLife = batteryLife;
        this.mark = now;
    }

    boolean mainsOn() {
        return mains;
    }

    void setMains(boolean on, Instant now) {
        percentAtMark = percentAt(now);
        mark = now;
        mains = on;
    }

    double percentAt(Instant time) {
        double seconds = Math.max(0, Duration.between(mark, time).toMillis() / 1000.0);
        if (mains) {
            return Math.min(100.0, percentAtMark + seconds * 100.0 / RECHARGE_TIME.toSeconds());
        }
        return Math.max(0.0, percentAtMark - seconds * 100.0 / batteryLife.toSeconds());
    }

    /** When the draining battery reaches the low mark; null when it is charging or already below it. */
    Instant lowAt() {
        if (mains || percentAtMark <= LOW_PERCENT) {
            return null;
        }
        double seconds = (percentAtMark - LOW_PERCENT) * batteryLife.toSeconds() / 100.0;
        return mark.plusMillis(Math.round(seconds * 1000));
    }
}
