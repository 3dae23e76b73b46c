package org.vaka.sim.fleet;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.random.RandomGenerator;

import org.vaka.sim.LatencyHistogram;
import org.vaka.sim.VakaApi;

/**
 * Sends commands through the server's API at a steady rate to random houses and measures each one's way to the
 * panel and back. The command switches plug {@value #PLUG} on and off in turn, which every fleet house has and
 * which always succeeds while the house is on Ethernet, so any failure the bench shows is the system's.
 */
final class CommandBench {

    static final String PLUG = "p1";
    private static final int LOOKUPS_AT_ONCE = 8;
    /** The longest a single long poll asks the server to wait. */
    private static final int POLL_SECONDS = 5;

    private final CommandApi api;
    private final double rate;
    private final Duration duration;
    private final Duration answerTimeout;
    private final PrintStream progress;
    private final RandomGenerator random;
    private final Map<String, Boolean> plugOn = new ConcurrentHashMap<>();

    CommandBench(CommandApi api, double rate, Duration duration, Duration answerTimeout, PrintStream progress,
                 RandomGenerator random) {
        this.api = api;
        this.rate = rate;
        this.duration = duration;
        this.answerTimeout = answerTimeout;
        this.progress = progress;
        this.random = random;
    }

    /** Looks up every account's site before the clock starts, so the lookups do not count as command time. */
    Map<String, String> sites(List<String> accounts) throws VakaApi.ApiException, InterruptedException {
        Map<String, String> sites = new ConcurrentHashMap<>();
        AtomicReference<VakaApi.ApiException> failure = new AtomicReference<>();
        Semaphore slots = new Semaphore(LOOKUPS_AT_ONCE);
        long lastShown = System.nanoTime();
        try (ExecutorService lookups = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String account : accounts) {
                slots.acquire();
                if (failure.get() != null) {
                    slots.release();
                    break;
                }
                lookups.submit(() -> {
                    try {
                        sites.put(account, api.siteOf(account));
                    } catch (VakaApi.ApiException e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        slots.release();
                    }
                });
                if (System.nanoTime() - lastShown > 1_000_000_000L) {
                    lastShown = System.nanoTime();
                    progress.printf("bench: looking up sites %d/%d%n", sites.size(), accounts.size());
                }
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        Map<String, String> inOrder = new LinkedHashMap<>();
        accounts.forEach(a -> inOrder.put(a, sites.get(a)));
        return inOrder;
    }

    BenchTally run(Map<String, String> siteByAccount) throws InterruptedException {
        List<String> accounts = new ArrayList<>(siteByAccount.keySet());
        BenchTally tally = new BenchTally();
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(1,
                r -> Thread.ofPlatform().name("bench-timer").daemon(true).unstarted(r));
        ExecutorService commands = Executors.newVirtualThreadPerTaskExecutor();
        long start = System.nanoTime();
        CountDownLatch over = new CountDownLatch(1);
        ScheduledFuture<?> issuing = timer.scheduleAtFixedRate(() -> {
            String account = accounts.get(random.nextInt(accounts.size()));
            commands.submit(() -> roundTrip(account, siteByAccount.get(account), tally));
        }, 0, Math.max(1, Math.round(1e9 / rate)), TimeUnit.NANOSECONDS);
        ScheduledFuture<?> shown = timer.scheduleAtFixedRate(() -> progress.println(progressLine(tally, start)),
                1, 1, TimeUnit.SECONDS);
        timer.schedule(over::countDown, duration.toNanos(), TimeUnit.NANOSECONDS);
        try {
            over.await();
            issuing.cancel(false);
            commands.shutdown();
            // The last commands get their full answer time; only then is the count final.
            if (!commands.awaitTermination(answerTimeout.toSeconds() + POLL_SECONDS * 2L, TimeUnit.SECONDS)) {
                progress.println("bench: some commands still had no answer at the end");
            }
        } finally {
            shown.cancel(false);
            timer.shutdownNow();
            commands.shutdownNow();
        }
        progress.println(progressLine(tally, start));
        return tally;
    }

    private void roundTrip(String account, String siteId, BenchTally tally) {
        tally.sent.increment();
        tally.inFlight.increment();
        // Turn by turn per house: on, off, on... so each command changes something and every state is sent.
        String type = plugOn.merge(account, true, (was, ignored) -> !was) ? "PLUG_ON" : "PLUG_OFF";
        long sentAt = System.nanoTime();
        long deadline = sentAt + answerTimeout.toNanos();
        try {
            String id = api.issue(siteId, type, PLUG, null);
            while (true) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    tally.timeouts.increment();
                    return;
                }
                int wait = (int) Math.max(1, Math.min(POLL_SECONDS, TimeUnit.NANOSECONDS.toSeconds(left)));
                CommandOutcome outcome = api.outcome(id, wait);
                if (!outcome.pending()) {
                    tally.answered(outcome, System.nanoTime() - sentAt);
                    return;
                }
            }
        } catch (VakaApi.ApiException e) {
            tally.error(e.getMessage());
        } finally {
            tally.inFlight.decrement();
        }
    }

    private static String progressLine(BenchTally tally, long start) {
        return String.format(Locale.ROOT,
                "bench [%4.0fs] sent=%d succeeded=%d failed=%d timeouts=%d errors=%d in-flight=%d rt_p50=%s api_p50=%s",
                (System.nanoTime() - start) / 1e9, tally.sent.sum(), tally.succeeded.sum(), tally.failed.sum(),
                tally.timeouts.sum(), tally.errors.sum(), tally.inFlight.sum(),
                millis(tally.server().percentileMicros(50)), millis(tally.observed().percentileMicros(50)));
    }

    /** The whole story for the log, then one line for scripts. */
    static String summary(BenchTally tally, int panels, double rate, Duration duration) {
        LatencyHistogram server = tally.server();
        LatencyHistogram observed = tally.observed();
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "command bench: %d panels, %.1f commands/s for %ds (plug %s on/off)%n",
                panels, rate, duration.toSeconds(), PLUG));
        text.append(String.format(Locale.ROOT, "  sent %d, succeeded %d, failed %d, timeouts %d, errors %d%n",
                tally.sent.sum(), tally.succeeded.sum(), tally.failed.sum(), tally.timeouts.sum(), tally.errors.sum()));
        if (!tally.refusals().isEmpty()) {
            text.append("  failed by refusal: ").append(tally.refusals()).append('\n');
        }
        if (tally.firstError.get() != null) {
            text.append("  first error: ").append(tally.firstError.get()).append('\n');
        }
        text.append(latencyLine("server round trip (published -> result)", server));
        text.append(latencyLine("API observed (POST -> final answer)    ", observed));
        text.append(String.format(Locale.ROOT, "RESULT panels=%d rate=%.1f sent=%d succeeded=%d failed=%d timeouts=%d "
                        + "errors=%d rt_p50_ms=%s rt_p90_ms=%s rt_p99_ms=%s rt_max_ms=%s api_p50_ms=%s api_p90_ms=%s "
                        + "api_p99_ms=%s api_max_ms=%s%n",
                panels, rate, tally.sent.sum(), tally.succeeded.sum(), tally.failed.sum(), tally.timeouts.sum(),
                tally.errors.sum(),
                plain(server.percentileMicros(50)), plain(server.percentileMicros(90)),
                plain(server.percentileMicros(99)), plain(server.maxMicros()),
                plain(observed.percentileMicros(50)), plain(observed.percentileMicros(90)),
                plain(observed.percentileMicros(99)), plain(observed.maxMicros())));
        return text.toString();
    }

    private static String latencyLine(String what, LatencyHistogram h) {
        return String.format(Locale.ROOT, "  %s: p50 %s  p90 %s  p99 %s  max %s  (n=%d)%n", what,
                millis(h.percentileMicros(50)), millis(h.percentileMicros(90)), millis(h.percentileMicros(99)),
                millis(h.maxMicros()), h.count());
    }

    private static String millis(long micros) {
        return plain(micros) + "ms";
    }

    private static String plain(long micros) {
        return String.format(Locale.ROOT, "%.1f", micros / 1000.0);
    }
}
