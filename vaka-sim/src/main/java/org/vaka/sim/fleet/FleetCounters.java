package org.vaka.sim.fleet;

import java.util.concurrent.atomic.LongAdder;

/** What a fleet's houses did, shared by all of them and read by the progress line. */
public final class FleetCounters {

    /** DC-09 reports handed to the receiver (link tests not counted), and those it ACKed. */
    final LongAdder reportsSent = new LongAdder();
    final LongAdder reportsAcked = new LongAdder();
    /** MQTT commands the panels carried out or refused (readable ones; unreadable ones never reach a house). */
    final LongAdder commandsHandled = new LongAdder();
    final LongAdder commandsRefused = new LongAdder();

    public long reportsSent() {
        return reportsSent.sum();
    }

    public long reportsAcked() {
        return reportsAcked.sum();
    }

    public long commandsHandled() {
        return commandsHandled.sum();
    }

    public long commandsRefused() {
        return commandsRefused.sum();
    }
}
