package org.vaka.sim.storm;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.vaka.sim.LatencyHistogram;
import org.vaka.sim.VakaApi;

/**
 * The storm itself. Events go out in the order a regional cut makes them: every site's first loss, then every
 * site's restore, and so on, from many connections at once. When half of them are ACKed, a fire goes out from one of
 * the sites; from its ACK the clock runs until the fire heads the queue.
 */
final class AlarmStorm {

    /** What a storm run measured. */
    record Result(int sites, int events, double stormSeconds, LatencyHistogram ackLatency, long fireToTopMillis,
                  double catchUpSeconds, QueueWatch.StormAlarms grouped, long expectedSignals, int refused) {
    }

    static final String MAINS_LOST = "AT0000";
    static final String MAINS_RESTORED = "AR0000";
    static final String FIRE = "FA04";
    private static final long POLL_NANOS = 20_000_000;

    private final StormOptions options;
    private final QueueWatch watch;
    private final PrintStream progress;
    private final Clock clock = Clock.systemUTC();

    AlarmStorm(StormOptions options, QueueWatch watch, PrintStream progress) {
        this.options = options;
        this.watch = watch;
        this.progress = progress;
    }

    Result run() throws Exception {
        int total = options.sites() * options.eventsPerSite();
        String fireAccount = options.account(options.sites() / 2);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger acked = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicReference<Exception> failure = new AtomicReference<>();
        CountDownLatch halfway = new CountDownLatch(1);
        List<LatencyHistogram> latencies = new ArrayList<>();
        List<Thread> senders = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < options.connections(); c++) {
            LatencyHistogram latency = new LatencyHistogram();
            latencies.add(latency);
            senders.add(Thread.ofVirtual().name("storm-" + c).start(() -> {
                try (StormFrames frames = new StormFrames(options.host(), options.port(), clock)) {
                    for (int i = next.getAndIncrement(); i < total && failure.get() == null; i = next.getAndIncrement()) {
                        int site = i % options.sites();
                        int round = i / options.sites();
                        long sent = System.nanoTime();
                        boolean ack = frames.send(options.account(site), round + 1, round % 2 == 0 ? MAINS_LOST : MAINS_RESTORED);
                        latency.recordNanos(System.nanoTime() - sent);
                        if (!ack) {
                            refused.incrementAndGet();
                        }
                        if (acked.incrementAndGet() == total / 2) {
                            halfway.countDown();
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    failure.compareAndSet(null, e);
                    halfway.countDown();
                }
            }));
        }
        AtomicLong fireToTop = new AtomicLong(-1);
        Thread fire = Thread.ofVirtual().name("storm-fire").start(() -> {
            try {
                halfway.await();
                try (StormFrames frames = new StormFrames(options.host(), options.port(), clock)) {
                    frames.send(fireAccount, options.eventsPerSite() + 1, FIRE);
                }
                long ackedAt = System.nanoTime();
                progress.printf(Locale.ROOT, "storm: fire from %s ACKed with %d of %d storm events in; watching the queue%n",
                        fireAccount, acked.get(), total);
                while (!watch.fireOnTop(fireAccount)) {
                    java.util.concurrent.locks.LockSupport.parkNanos(POLL_NANOS);
                }
                fireToTop.set((System.nanoTime() - ackedAt) / 1_000_000);
                progress.printf(Locale.ROOT, "storm: the fire heads the queue %d ms after its ACK%n", fireToTop.get());
            } catch (Exception e) {
                failure.compareAndSet(null, e);
            }
        });
        while (senders.stream().anyMatch(Thread::isAlive)) {
            senders.getFirst().join(1000);
            progress.printf(Locale.ROOT, "storm: %,d of %,d events ACKed%n", acked.get(), total);
        }
        double stormSeconds = (System.nanoTime() - start) / 1e9;
        fire.join();
        if (failure.get() != null) {
            throw failure.get();
        }
        long drained = System.nanoTime();
        for (long lag = watch.intakeLag(); lag != 0; lag = watch.intakeLag()) {
            progress.printf(Locale.ROOT, "storm: alarm intake %,d signals behind%n", lag);
            Thread.sleep(200);
        }
        double catchUp = (System.nanoTime() - drained) / 1e9;
        Set<String> accounts = new HashSet<>();
        for (int s = 0; s < options.sites(); s++) {
            accounts.add(options.account(s));
        }
        LatencyHistogram all = new LatencyHistogram();
        latencies.forEach(all::add);
        long expected = (long) options.sites() * ((options.eventsPerSite() + 1) / 2);
        return new Result(options.sites(), total, stormSeconds, all, fireToTop.get(), catchUp,
                watch.stormAlarms(accounts), expected, refused.get());
    }

    static String summary(Result r) {
        return String.format(Locale.ROOT, """
                ALARM STORM
                  sites in the power cut     %,d
                  mains events sent          %,d in %.1f s (%,.0f/s), %d refused
                  ACK latency                p50 %.1f ms, p99 %.1f ms, max %.1f ms
                  fire at the head of queue  %,d ms after its ACK
                  intake caught up           %.1f s after the last ACK
                  grouped into               %,d alarms (one per site), carrying %,d of %,d loss events
                  queue length at the end    %,d
                RESULT storm sites=%d events=%d rate=%.0f fire_to_top_ms=%d catch_up_s=%.1f alarms=%d grouped_ok=%b
                """, r.sites(), r.events(), r.stormSeconds(), r.events() / r.stormSeconds(), r.refused(),
                r.ackLatency().percentileMicros(50) / 1000.0, r.ackLatency().percentileMicros(99) / 1000.0,
                r.ackLatency().maxMicros() / 1000.0, r.fireToTopMillis(), r.catchUpSeconds(), r.grouped().alarms(),
                r.grouped().signals(), r.expectedSignals(), r.grouped().queueLength(),
                r.sites(), r.events(), r.events() / r.stormSeconds(), r.fireToTopMillis(), r.catchUpSeconds(),
                r.grouped().alarms(), r.grouped().alarms() == r.sites() && r.grouped().signals() == r.expectedSignals());
    }
}
