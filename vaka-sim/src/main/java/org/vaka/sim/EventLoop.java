package org.vaka.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * One thread driving many panels over one selector. A single thread per core beats a thread per panel here: the
 * sockets of thousands of panels are served by one epoll wait, and the simulator leaves the rest of the machine
 * to the server it is measuring.
 */
final class EventLoop implements Runnable {

    final Selector selector;
    final PanelTimers timers = new PanelTimers();
    final SimCounters counters;
    final LatencyHistogram latencies = new LatencyHistogram();
    final ReplyCheck replyCheck = new ReplyCheck();
    final UtcTimestampText clockText = new UtcTimestampText();
    final SplittableRandom padSource;
    final AckedFile ackedFile;
    final long intervalNanos;
    final long replyTimeoutNanos;
    int pendingMessages;

    private final List<VirtualPanel> panels = new ArrayList<>();
    private final List<Long> firstSends = new ArrayList<>();
    private final AtomicReference<String> firstInvalidReply;
    private final long stopAt;
    private boolean sending = true;
    private volatile boolean stopRequested;

    EventLoop(SimCounters counters, AtomicReference<String> firstInvalidReply, AckedFile ackedFile,
              long intervalNanos, long replyTimeoutNanos, long stopAt, long seed) {
        try {
            this.selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.counters = counters;
        this.firstInvalidReply = firstInvalidReply;
        this.ackedFile = ackedFile;
        this.intervalNanos = intervalNanos;
        this.replyTimeoutNanos = replyTimeoutNanos;
        this.stopAt = stopAt;
        this.padSource = new SplittableRandom(seed);
    }

    void add(Function<EventLoop, VirtualPanel> panel, long firstSendAt) {
        panels.add(panel.apply(this));
        firstSends.add(firstSendAt);
    }

    boolean sending() {
        return sending;
    }

    /** Ends sending early (Ctrl-C); replies already on their way are still awaited, briefly. */
    void requestStop() {
        stopRequested = true;
        selector.wakeup();
    }

    void invalidReply(String account, String problem) {
        counters.invalidReplies.increment();
        firstInvalidReply.compareAndSet(null, account + ": " + problem);
    }

    @Override
    public void run() {
        try {
            long now = System.nanoTime();
            for (int i = 0; i < panels.size(); i++) {
                panels.get(i).start(firstSends.get(i), now);
            }
            long drainUntil = 0;
            while (true) {
                now = System.nanoTime();
                if (sending && (now - stopAt >= 0 || stopRequested)) {
                    sending = false;
                    drainUntil = now + replyTimeoutNanos;
                    for (VirtualPanel panel : panels) {
                        panel.stopSending();
                    }
                }
                if (!sending && (pendingMessages == 0 || now - drainUntil >= 0)) {
                    break;
                }
                VirtualPanel due;
                while ((due = timers.first()) != null && due.deadline - now <= 0) {
                    timers.cancel(due);
                    due.onDue(now);
                }
                long wakeAt = sending ? stopAt : drainUntil;
                if (due != null && due.deadline - wakeAt < 0) {
                    wakeAt = due.deadline;
                }
                long waitNanos = wakeAt - System.nanoTime();
                if (waitNanos <= 0) {
                    selector.selectNow(this::onReady);
                } else {
                    // select() takes whole milliseconds; rounding up means a timer fires at most 1 ms late, never early
                    selector.select(this::onReady, Math.max(1, (waitNanos + 999_999) / 1_000_000));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (VirtualPanel panel : panels) {
                panel.close();
            }
            try {
                selector.close();
            } catch (IOException ignored) {
                // the run is over either way
            }
        }
    }

    private void onReady(SelectionKey key) {
        if (!key.isValid()) {
            return;
        }
        VirtualPanel panel = (VirtualPanel) key.attachment();
        int ready = key.readyOps();
        long now = System.nanoTime();
        if ((ready & SelectionKey.OP_CONNECT) != 0) {
            panel.onConnectable(now);
            return;
        }
        if ((ready & SelectionKey.OP_WRITE) != 0) {
            panel.onWritable(now);
        }
        if ((ready & SelectionKey.OP_READ) != 0 && key.isValid()) {
            panel.onReadable(now);
        }
    }
}
