package org.vaka.sim;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Once a second: one progress line on stderr and a flush of the acked file. It runs beside the event loops so a
 * slow terminal never holds up a panel.
 */
final class ProgressReporter {

    private final SimCounters counters;
    private final AtomicReference<String> firstInvalidReply;
    private final AckedFile ackedFile;
    private final PrintStream out;
    private final long start;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "vaka-sim-progress");
        t.setDaemon(true);
        return t;
    });
    private long lastAcked;
    private long lastAt;
    private boolean invalidShown;

    ProgressReporter(SimCounters counters, AtomicReference<String> firstInvalidReply, AckedFile ackedFile,
                     PrintStream out, long start) {
        this.counters = counters;
        this.firstInvalidReply = firstInvalidReply;
        this.ackedFile = ackedFile;
        this.out = out;
        this.start = start;
        this.lastAt = start;
    }

    void start() {
        timer.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    void stop() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void tick() {
        if (ackedFile != null) {
            ackedFile.flush();
        }
        long now = System.nanoTime();
        long acked = counters.acked.sum();
        double rate = now > lastAt ? (acked - lastAcked) * 1e9 / (now - lastAt) : 0;
        lastAcked = acked;
        lastAt = now;
        long connectFailures = counters.connectFailures.sum();
        long lost = counters.connectionsLost.sum();
        out.printf(Locale.ROOT, "[%5.0fs] sent=%d acked=%d nakked=%d duh=%d unanswered=%d rate=%.0f/s%s%n",
                (now - start) / 1e9, counters.sent.sum(), acked, counters.nakked.sum(), counters.duh.sum(),
                counters.unanswered.sum(), rate,
                // without this a run against a receiver that is down would just show zeros
                connectFailures + lost > 0 ? " connections_lost=" + lost + " connect_failures=" + connectFailures : "");
        String invalid = firstInvalidReply.get();
        if (invalid != null && !invalidShown) {
            invalidShown = true;
            out.println("warning: a reply was not acceptable to a panel (" + invalid + ")");
        }
    }
}
