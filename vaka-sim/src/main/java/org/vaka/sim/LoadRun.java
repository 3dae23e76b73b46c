package org.vaka.sim;

import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** Sends for the run's duration with all virtual panels, then collects what happened. */
final class LoadRun {

    private final SimOptions options;
    private final List<String> accounts;
    private final AckedFile ackedFile;
    private final PrintStream progressOut;
    // read by the Ctrl-C hook while run() fills it
    private final List<EventLoop> loops = new java.util.concurrent.CopyOnWriteArrayList<>();

    LoadRun(SimOptions options, List<String> accounts, AckedFile ackedFile, PrintStream progressOut) {
        this.options = options;
        this.accounts = accounts;
        this.ackedFile = ackedFile;
        this.progressOut = progressOut;
    }

    RunResult run() throws InterruptedException {
        InetSocketAddress receiver = new InetSocketAddress(options.host(), options.port());
        if (receiver.isUnresolved()) {
            throw new IllegalArgumentException("cannot resolve --host " + options.host());
        }
        SimCounters counters = new SimCounters();
        AtomicReference<String> firstInvalidReply = new AtomicReference<>();
        int n = accounts.size();
        // each panel's share of the total rate
        long intervalNanos = options.rate() > 0 ? Math.max(1, Math.round(n * 1e9 / options.rate())) : 0;
        long start = System.nanoTime();
        long stopAt = start + options.duration().toNanos();
        for (int t = 0; t < options.threads(); t++) {
            loops.add(new EventLoop(counters, firstInvalidReply, ackedFile, intervalNanos,
                    options.replyTimeout().toNanos(), stopAt, System.nanoTime() + t));
        }
        for (int i = 0; i < n; i++) {
            String account = accounts.get(i);
            int panelIndex = i;
            PanelFrames frames = new PanelFrames(account, panelIndex, options.aesKey());
            // staggered so the panels' sends are spread evenly over each interval instead of arriving together
            long firstSend = intervalNanos > 0 ? start + Math.round(panelIndex * 1e9 / options.rate()) : start;
            loops.get(i % loops.size()).add(loop -> new VirtualPanel(loop, frames,
                    options.udp() ? new UdpLink(receiver) : new TcpLink(receiver)), firstSend);
        }

        ProgressReporter progress = new ProgressReporter(counters, firstInvalidReply, ackedFile, progressOut, start);
        List<Thread> threads = new ArrayList<>();
        try {
            progress.start();
            for (int t = 0; t < loops.size(); t++) {
                Thread thread = new Thread(loops.get(t), "vaka-sim-loop-" + t);
                threads.add(thread);
                thread.start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
        } finally {
            progress.stop();
            if (ackedFile != null) {
                ackedFile.flush();
            }
        }
        long elapsed = System.nanoTime() - start;
        LatencyHistogram latencies = new LatencyHistogram();
        for (EventLoop loop : loops) {
            latencies.add(loop.latencies);
        }
        return new RunResult(options, n, counters, latencies, elapsed, firstInvalidReply.get());
    }

    /** Ctrl-C: stop sending now; {@link #run()} still waits briefly for replies on their way and then returns. */
    void requestStop() {
        for (EventLoop loop : loops) {
            loop.requestStop();
        }
    }
}
