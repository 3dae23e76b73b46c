package org.vaka.sim.fleet;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.vaka.protocol.dc09.KeyFormat;
import org.vaka.sim.AccountRegistration;
import org.vaka.sim.AccountTemplate;
import org.vaka.sim.UsageException;
import org.vaka.sim.VakaApi;

/**
 * A fleet of houses for load: registers the accounts (with their broker passwords) through the API, then lets
 * them live, report over DC-09 and take commands over MQTT until the duration is up or Ctrl-C, with a progress
 * line every 10 s. Exit status: 0 done, 1 the API refused the accounts, 2 bad command line.
 *
 * <p>{@code java -cp vaka-sim.jar org.vaka.sim.fleet.FleetCommand --panels 1000 --first-account 200000}
 * (see {@link FleetArguments#FLEET_USAGE})
 */
public final class FleetCommand {

    static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);
    private static final String LABEL = "fleet";

    private final PrintStream out;
    private final PrintStream err;
    private final CountDownLatch stop = new CountDownLatch(1);

    FleetCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        FleetCommand command = new FleetCommand(System.out, System.err);
        CountDownLatch finished = new CountDownLatch(1);
        // On Ctrl-C the JVM ends when the hook returns, so the hook waits for the houses to say goodbye.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            command.stop.countDown();
            try {
                finished.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "fleet-ctrl-c"));
        int status = command.run(args);
        System.out.flush();
        finished.countDown();
        System.exit(status);
    }

    int run(String... args) {
        FleetOptions options;
        try {
            options = FleetArguments.parse(false, args);
        } catch (UsageException e) {
            err.println("fleet: " + e.getMessage());
            err.println("Try: java -cp vaka-sim.jar org.vaka.sim.fleet.FleetCommand --help");
            return 2;
        }
        if (options.help()) {
            out.print(FleetArguments.FLEET_USAGE);
            return 0;
        }
        try (Fleet fleet = launch(options, LABEL, err)) {
            ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor(
                    r -> Thread.ofPlatform().name("fleet-progress").daemon(true).unstarted(r));
            long start = System.nanoTime();
            progress.scheduleAtFixedRate(() -> err.println(progressLine(fleet, start)),
                    PROGRESS_EVERY.toMillis(), PROGRESS_EVERY.toMillis(), TimeUnit.MILLISECONDS);
            if (options.duration() == null) {
                stop.await();
            } else {
                stop.await(options.duration().toMillis(), TimeUnit.MILLISECONDS);
            }
            progress.shutdownNow();
            err.println(progressLine(fleet, start));
            return 0;
        } catch (VakaApi.ApiException e) {
            err.println("fleet: " + e.getMessage());
            err.println("(pass --no-register if the accounts already exist)");
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** Registers the fleet's accounts unless told not to, then starts the houses. */
    static Fleet launch(FleetOptions options, String label, PrintStream log)
            throws VakaApi.ApiException, InterruptedException {
        if (options.register()) {
            try (VakaApi api = new VakaApi(options.api(), options.user(), options.password())) {
                new AccountRegistration(api, log).register(options.accounts(),
                        new AccountTemplate(null, KeyFormat.HEX, options.brokerPasswordPrefix(), "Fleet house "));
            }
        }
        log.printf("%s: %d houses (%d..%d) reporting to %s:%d, MQTT broker %s%n", label, options.panels(),
                options.firstAccount(), options.firstAccount() + options.panels() - 1, options.receiverHost(),
                options.receiverPort(), options.broker());
        FleetPlan plan = new FleetPlan(options.fleetPanels(), options.receiverHost(), options.receiverPort(),
                options.broker(), options.pathOutages(), connectSpread(options.panels()));
        return Fleet.start(plan, Clock.systemUTC(), System.nanoTime(), label, log);
    }

    /** About a thousand new connections a second: enough to fill a big fleet quickly without a SYN flood. */
    static Duration connectSpread(int panels) {
        return Duration.ofMillis(panels);
    }

    static String progressLine(Fleet fleet, long startNanos) {
        FleetCounters c = fleet.counters();
        return String.format(Locale.ROOT,
                "%s [%5.0fs] mqtt %d/%d connected, reports %d sent / %d acked, commands %d handled (%d refused)",
                LABEL, (System.nanoTime() - startNanos) / 1e9, fleet.mqttConnected(), fleet.size(), c.reportsSent(),
                c.reportsAcked(), c.commandsHandled(), c.commandsRefused());
    }
}
