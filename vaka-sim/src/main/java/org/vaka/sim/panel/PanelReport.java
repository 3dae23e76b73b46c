package org.vaka.sim.panel;

import java.time.Instant;
import java.util.Objects;

/**
 * One report as the panel sends it: what happened, to which zone/user/area (0 when the code carries no number),
 * the path it goes out on, and when it happened (not when it was sent: a queued report keeps its own time).
 */
public record PanelReport(ReportedEvent event, int number, CommunicationPath path, Instant time) {

    public PanelReport {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(time, "time");
    }

    public String siaCode() {
        return event.siaCode();
    }
}
