package org.vaka.sim.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.vaka.sim.ApiAddress;
import org.vaka.sim.DurationArgument;
import org.vaka.sim.LatencyHistogram;

/**
 * The app API under load: N app sessions (each its own bearer token) poll their site's state and history, with a
 * pause between rounds as a phone app has, and the latencies are measured per endpoint.
 *
 * <pre>./vaka app-bench --sessions 200 --duration 60s [--pause 1s] [--api URL] [--email E --password P]</pre>
 */
public final class AppBenchCommand {

    private AppBenchCommand() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = 200;
        Duration duration = Duration.ofSeconds(60);
        Duration pause = Duration.ofSeconds(1);
        URI api = URI.create("http://127.0.0.1:8080");
        String email = "anna@demo.vaka";
        String password = "demo-customer";
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--sessions" -> sessions = Integer.parseInt(value);
                case "--duration" -> duration = DurationArgument.parse(value);
                case "--pause" -> pause = DurationArgument.parse(value);
                case "--api" -> api = ApiAddress.parse(value);
                case "--email" -> email = value;
                case "--password" -> password = value;
                case "--help" -> {
                    System.out.println("Usage: ./vaka app-bench [--sessions 200] [--duration 60s] [--pause 1s] [--api URL]"
                            + " [--email anna@demo.vaka --password demo-customer]");
                    return;
                }
                default -> {
                    System.err.println("app-bench: unknown option " + args[i]);
                    System.exit(2);
                }
            }
            i++;
        }
        System.exit(run(sessions, duration, pause, api, email, password));
    }

    static int run(int count, Duration duration, Duration pause, URI api, String email, String password) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        List<AppSession> sessions = new ArrayList<>();
        try (ExecutorService logins = Executors.newFixedThreadPool(4)) {
            List<Future<AppSession>> pending = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                pending.add(logins.submit(() -> AppSession.login(http, api, email, password)));
            }
            for (Future<AppSession> session : pending) {
                sessions.add(session.get());
            }
        }
        long siteId = sessions.getFirst().getJson("/api/v1/portal/sites").get(0).path("id").asLong();
        System.err.printf(Locale.ROOT, "app-bench: %d sessions signed in as %s; polling site %d for %ds, %d ms between rounds%n",
                count, email, siteId, duration.toSeconds(), pause.toMillis());
        String state = "/api/v1/portal/sites/" + siteId;
        String history = "/api/v1/portal/sites/" + siteId + "/history?limit=50";
        LatencyHistogram stateLatency = new LatencyHistogram();
        LatencyHistogram historyLatency = new LatencyHistogram();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        try (ExecutorService apps = Executors.newVirtualThreadPerTaskExecutor()) {
            for (AppSession session : sessions) {
                apps.submit(() -> {
                    // Phones do not poll in step: each app starts somewhere in the first pause.
                    java.util.concurrent.locks.LockSupport.parkNanos(
                            java.util.concurrent.ThreadLocalRandom.current().nextLong(Math.max(1, pause.toNanos())));
                    LatencyHistogram mineState = new LatencyHistogram();
                    LatencyHistogram mineHistory = new LatencyHistogram();
                    while (System.nanoTime() < end) {
                        poll(session, state, mineState, errors);
                        poll(session, history, mineHistory, errors);
                        java.util.concurrent.locks.LockSupport.parkNanos(pause.toNanos());
                    }
                    synchronized (stateLatency) {
                        stateLatency.add(mineState);
                        historyLatency.add(mineHistory);
                    }
                    return null;
                });
            }
        }
        long requests = stateLatency.count() + historyLatency.count();
        LatencyHistogram all = new LatencyHistogram();
        all.add(stateLatency);
        all.add(historyLatency);
        System.out.printf(Locale.ROOT, """
                APP API
                  sessions            %d (each its own bearer token), %d ms between rounds, %ds
                  requests            %,d (%,.0f/s), %d errors
                  state    GET %s   p50 %.1f ms  p99 %.1f ms  max %.1f ms
                  history  GET %s   p50 %.1f ms  p99 %.1f ms  max %.1f ms
                RESULT app sessions=%d requests=%d rate=%.0f errors=%d p50_ms=%.1f p99_ms=%.1f state_p99_ms=%.1f history_p99_ms=%.1f
                """, count, pause.toMillis(), duration.toSeconds(), requests, requests / (double) duration.toSeconds(),
                errors.get(), state, ms(stateLatency, 50), ms(stateLatency, 99), stateLatency.maxMicros() / 1000.0,
                history, ms(historyLatency, 50), ms(historyLatency, 99), historyLatency.maxMicros() / 1000.0,
                count, requests, requests / (double) duration.toSeconds(), errors.get(), ms(all, 50), ms(all, 99),
                ms(stateLatency, 99), ms(historyLatency, 99));
        return errors.get() == 0 ? 0 : 1;
    }

    private static void poll(AppSession session, String path, LatencyHistogram latency, AtomicLong errors) {
        long start = System.nanoTime();
        try {
            if (session.get(path) != 200) {
                errors.incrementAndGet();
            }
        } catch (Exception e) {
            errors.incrementAndGet();
        }
        latency.recordNanos(System.nanoTime() - start);
    }

    private static double ms(LatencyHistogram histogram, double percent) {
        return histogram.percentileMicros(percent) / 1000.0;
    }
}
