package org.vaka.sim.panel;

import java.time.Duration;

/**
 * How a scenario lets time pass: a test moves its mutable clock, a live fleet schedules the next line for later.
 * The panel itself is ticked by the script afterwards.
 */
@FunctionalInterface
public interface TimeAdvance {
    void advance(Duration duration);
}
