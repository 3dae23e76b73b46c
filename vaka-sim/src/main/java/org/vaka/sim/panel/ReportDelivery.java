package org.vaka.sim.panel;

import java.util.ArrayDeque;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Sends reports out on the best path that is up. With every path down the panel keeps its reports, in order, and
 * hands them on once a path returns, as a real communicator buffers events through an outage.
 */
final class ReportDelivery {

    /** A report waiting for a path; it has no path until one is up. */
    private record Held(ReportedEvent event, int number, java.time.Instant time) {
    }

    private final Consumer<PanelReport> out;
    private final Set<CommunicationPath> up = EnumSet.allOf(CommunicationPath.class);
    private final Queue<Held> held = new ArrayDeque<>();

    ReportDelivery(Consumer<PanelReport> out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    void report(ReportedEvent event, int number, java.time.Instant time) {
        held.add(new Held(event, number, time));
        release();
    }

    void pathDown(CommunicationPath path) {
        up.remove(path);
    }

    void pathUp(CommunicationPath path) {
        up.add(path);
        release();
    }

    boolean isUp(CommunicationPath path) {
        return up.contains(path);
    }

    int heldCount() {
        return held.size();
    }

    private void release() {
        while (!held.isEmpty() && !up.isEmpty()) {
            CommunicationPath path = up.contains(CommunicationPath.ETHERNET) ? CommunicationPath.ETHERNET
                    : CommunicationPath.GSM;
            Held next = held.remove();
            out.accept(new PanelReport(next.event(), next.number(), path, next.time()));
        }
    }
}
