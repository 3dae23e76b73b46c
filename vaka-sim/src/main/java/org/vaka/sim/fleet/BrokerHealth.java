package org.vaka.sim.fleet;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.vaka.sim.mqtt.BrokerAddress;
import org.vaka.sim.mqtt.BrokerRefusedException;
import org.vaka.sim.mqtt.LinkObserver;

/**
 * Counts a fleet's MQTT sessions and speaks up about the broker in single lines: once when it cannot be reached
 * or refuses us (not once per panel and attempt, which with thousands of panels would bury everything else), once
 * when it answers again, and once when every panel is on it.
 */
final class BrokerHealth implements LinkObserver {

    private final String label;
    private final BrokerAddress address;
    private final int total;
    private final PrintStream log;
    private final AtomicInteger up = new AtomicInteger();
    private final AtomicBoolean troubleShown = new AtomicBoolean();
    private final AtomicBoolean allUpShown = new AtomicBoolean();

    BrokerHealth(String label, BrokerAddress address, int total, PrintStream log) {
        this.label = label;
        this.address = address;
        this.total = total;
        this.log = log;
    }

    int up() {
        return up.get();
    }

    @Override
    public void sessionStarted(String clientId) {
        int now = up.incrementAndGet();
        if (troubleShown.compareAndSet(true, false)) {
            log.printf("%s: the MQTT broker at %s answers again%n", label, address);
        }
        if (now == total && allUpShown.compareAndSet(false, true)) {
            log.printf("%s: all %d panels connected to the MQTT broker at %s%n", label, total, address);
        }
    }

    @Override
    public void sessionEnded(String clientId, Throwable cause) {
        up.decrementAndGet();
    }

    @Override
    public void refused(String clientId, BrokerRefusedException refusal) {
        trouble(refusal.getMessage() + "; the panels keep reporting over DC-09 and retry with growing pauses");
    }

    @Override
    public void unreachable(String clientId, Throwable cause) {
        trouble("cannot reach the MQTT broker at " + address + " (" + describe(cause)
                + "); the panels keep reporting over DC-09 and retry quietly");
    }

    private void trouble(String message) {
        if (troubleShown.compareAndSet(false, true)) {
            log.printf("%s: %s%n", label, message);
        }
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
