package org.vaka.sim.panel;

import java.time.Duration;
import java.util.Objects;

/**
 * The panel's installer settings that involve time.
 *
 * @param exitDelay    time to leave after arming before the zones are watched
 * @param entryDelay   time to reach the keypad after opening an entry door while armed
 * @param batteryLife  how long a full backup battery carries the panel without mains
 */
public record PanelTiming(Duration exitDelay, Duration entryDelay, Duration batteryLife) {

    public static final PanelTiming DEFAULT =
            new PanelTiming(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofHours(48));

    public PanelTiming {
        Objects.requireNonNull(exitDelay, "exitDelay");
        Objects.requireNonNull(entryDelay, "entryDelay");
        Objects.requireNonNull(batteryLife, "batteryLife");
        if (exitDelay.isNegative() || entryDelay.isNegative() || batteryLife.isNegative() || batteryLife.isZero()) {
            throw new IllegalArgumentException("delays must not be negative and the battery must last a while");
        }
    }
}
