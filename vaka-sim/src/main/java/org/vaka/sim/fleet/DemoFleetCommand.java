package org.vaka.sim.fleet;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;

import org.vaka.protocol.dc09.AesKey;
import org.vaka.protocol.dc09.KeyFormat;

/**
 * The demo tenant's houses, alive: {@code ./vaka start} runs this beside the server (unless
 * VAKA_DEMO_FLEET=false) so a newcomer sees live sites at once. The accounts and keys are the demo
 * tenant's fixed ones.
 *
 * <p>{@code java -cp vaka-sim.jar org.vaka.sim.fleet.DemoFleetCommand [--host H] [--port P] [--duration D]}
 */
public final class DemoFleetCommand {

    static final Duration LIFE_STEP = Duration.ofSeconds(5);
    static final Duration LINK_TEST_EVERY = Duration.ofSeconds(30);
    static final Duration PERIODIC_TEST_EVERY = Duration.ofMinutes(10);

    private DemoFleetCommand() {
    }

    public static void main(String[] args) throws InterruptedException {
        String host = "127.0.0.1";
        int port = 7100;
        Duration duration = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--host" -> host = args[i + 1];
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--duration" -> duration = Duration.parse("PT" + args[i + 1].toUpperCase());
                default -> {
                    System.err.println("demo fleet: unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        List<DemoPanel> houses = houses(host, port, Clock.systemUTC(), RandomGenerator.of("L64X128MixRandom"));
        ScheduledExecutorService life = run(houses);
        System.err.printf("demo fleet: %d panels reporting to %s:%d (%s)%n", houses.size(), host, port,
                houses.stream().map(DemoPanel::account).toList());
        if (duration == null) {
            Thread.currentThread().join(); // until the launcher stops us
        } else {
            life.awaitTermination(duration.toMillis(), TimeUnit.MILLISECONDS);
            life.shutdownNow();
        }
    }

    /** The demo tenant's three panels: 1234 plain, 5678 AES-128, 9ABC AES-256. */
    public static List<DemoPanel> houses(String host, int port, Clock clock, RandomGenerator random) {
        return List.of(
                new DemoPanel("1234", null, host, port, clock, random),
                new DemoPanel("5678", AesKey.parse("000102030405060708090A0B0C0D0E0F", KeyFormat.HEX), host, port, clock, random),
                new DemoPanel("9ABC", AesKey.parse("000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F",
                        KeyFormat.HEX), host, port, clock, random));
    }

    /** A scheduled task that throws is never run again; a house must go on living whatever happens. */
    private static Runnable keepGoing(Runnable step) {
        return () -> {
            try {
                step.run();
            } catch (RuntimeException e) {
                System.err.println("demo fleet: " + e);
            }
        };
    }

    /** Starts the houses' lives and their senders; one scheduler thread runs every house's life. */
    public static ScheduledExecutorService run(List<DemoPanel> houses) {
        ScheduledExecutorService life = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform()
                .name("demo-fleet-life").daemon(true).unstarted(r));
        for (DemoPanel house : houses) {
            Thread.ofVirtual().name("demo-fleet-" + house.account()).start(house::sendForever);
            house.linkTest();
            life.scheduleWithFixedDelay(keepGoing(house::live), 1, LIFE_STEP.toSeconds(), TimeUnit.SECONDS);
            life.scheduleWithFixedDelay(keepGoing(house::linkTest), LINK_TEST_EVERY.toSeconds(), LINK_TEST_EVERY.toSeconds(),
                    TimeUnit.SECONDS);
            life.scheduleWithFixedDelay(keepGoing(house::periodicTest), 2, PERIODIC_TEST_EVERY.toSeconds(), TimeUnit.SECONDS);
        }
        return life;
    }
}
