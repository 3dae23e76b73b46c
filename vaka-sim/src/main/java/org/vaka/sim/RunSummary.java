package org.vaka.sim;

import java.util.Locale;

/** The end-of-run report: readable lines for people, then one RESULT line for scripts. */
final class RunSummary {

    private RunSummary() {
    }

    static String format(RunResult r) {
        SimOptions o = r.options();
        LatencyHistogram l = r.latencies();
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "vaka-sim: %d panels, %s%s to %s:%d, %.1f s, target %s%n",
                r.accounts(), o.encrypted() ? "AES-" + o.aesKey().bits() + " " : "", o.transport(), o.host(),
                o.port(), r.elapsedNanos() / 1e9,
                o.rate() > 0 ? String.format(Locale.ROOT, "%.0f signals/s", o.rate()) : "as fast as ACKed"));
        line(s, "sent", r.sent(), "messages, each with a new sequence number");
        line(s, "acked", r.acked(), null);
        line(s, "nakked", r.nakked(), "NAK replies");
        line(s, "duh", r.duh(), null);
        line(s, "unanswered", r.unanswered(), "no reply after " + VirtualPanel.MAX_RETRANSMISSIONS + " retransmissions");
        if (r.refused() > 0) {
            line(s, "refused", r.refused(), "still NAKed after the panel took the receiver's clock");
        }
        line(s, "retransmitted", r.retransmitted(), "frames sent again after a timeout, NAK or reconnect");
        if (r.abandoned() > 0) {
            line(s, "in flight", r.abandoned(), "no reply yet when the run ended");
        }
        if (r.connectionsLost() > 0 || r.connectFailures() > 0) {
            line(s, "conn. lost", r.connectionsLost(), r.connectFailures() + " failed connects");
        }
        if (r.invalidReplies() > 0) {
            line(s, "bad replies", r.invalidReplies(), "first: " + r.firstInvalidReply());
        }
        s.append(String.format(Locale.ROOT, "  %-14s %.1f/s%n", "ACK rate", r.ackRate()));
        s.append(String.format(Locale.ROOT, "  %-14s p50 %s ms, p99 %s ms, p99.9 %s ms, max %s ms%n", "ACK latency",
                millis(l.percentileMicros(50)), millis(l.percentileMicros(99)), millis(l.percentileMicros(99.9)),
                millis(l.maxMicros())));
        s.append(String.format(Locale.ROOT,
                "RESULT accounts=%d sent=%d acked=%d nakked=%d duh=%d unanswered=%d rate=%.1f p50_ms=%s p99_ms=%s p999_ms=%s%n",
                r.accounts(), r.sent(), r.acked(), r.nakked(), r.duh(), r.unanswered(), r.ackRate(),
                millis(l.percentileMicros(50)), millis(l.percentileMicros(99)), millis(l.percentileMicros(99.9))));
        return s.toString();
    }

    private static void line(StringBuilder s, String name, long value, String note) {
        s.append(String.format(Locale.ROOT, "  %-14s %d%s%n", name, value, note == null ? "" : "  (" + note + ")"));
    }

    private static String millis(long micros) {
        return String.format(Locale.ROOT, "%.3f", micros / 1000.0);
    }
}
