package org.vaka.sim.fleet;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.vaka.protocol.dc09.AesKey;
import org.vaka.protocol.dc09.KeyFormat;
import org.vaka.sim.DurationArgument;
import org.vaka.sim.UsageException;
import org.vaka.sim.mqtt.BrokerAddress;

/**
 * The demo tenant's houses, alive: {@code ./vaka start} runs this beside the server (unless
 * VAKA_DEMO_FLEET=false) so a newcomer sees live sites at once. The accounts, keys and broker passwords
 * ({@code demo-broker-<account>}) are the demo tenant's fixed ones; the houses' plugs and locks are in
 * {@link DemoDevices}. With the broker away the houses go on reporting over DC-09 and keep trying it quietly.
 *
 * <p>{@code java -cp vaka-sim.jar org.vaka.sim.fleet.DemoFleetCommand [--host H] [--port P] [--mqtt-host H]
 * [--mqtt-port P] [--duration D]}
 */
public final class DemoFleetCommand {

    static final String BROKER_PASSWORD_PREFIX = "demo-broker-";
    private static final String LABEL = "demo fleet";

    private DemoFleetCommand() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> options;
        Duration duration;
        int port;
        int mqttPort;
        try {
            options = options(args);
            duration = options.containsKey("--duration") ? DurationArgument.parse(options.get("--duration")) : null;
            port = Integer.parseInt(options.getOrDefault("--port", "7100"));
            mqttPort = Integer.parseInt(options.getOrDefault("--mqtt-port", "1884"));
        } catch (UsageException | NumberFormatException e) {
            System.err.println(LABEL + ": " + e.getMessage());
            System.exit(2);
            return;
        }
        String host = options.getOrDefault("--host", "127.0.0.1");
        BrokerAddress broker = new BrokerAddress(options.getOrDefault("--mqtt-host", "127.0.0.1"), mqttPort);
        FleetPlan plan = new FleetPlan(panels(), host, port, broker, true, Duration.ZERO);
        Fleet fleet = Fleet.start(plan, Clock.systemUTC(), System.nanoTime(), LABEL, System.err);
        System.err.printf("%s: %d panels reporting to %s:%d, MQTT broker %s (%s)%n", LABEL, fleet.size(), host, port,
                broker, fleet.houses().stream().map(DemoPanel::account).toList());
        Runtime.getRuntime().addShutdownHook(new Thread(fleet::close, "demo-fleet-stop"));
        if (duration == null) {
            Thread.currentThread().join(); // until the launcher stops us
        } else {
            Thread.currentThread().join(duration.toMillis());
        }
    }

    /** The demo tenant's panels: 1234 plain, 5678 AES-128, 9ABC AES-256, and Aino's Finnish 2468 plain. */
    static List<FleetPanel> panels() {
        return List.of(
                new FleetPanel("1234", null, BROKER_PASSWORD_PREFIX + "1234"),
                new FleetPanel("5678", AesKey.parse("000102030405060708090A0B0C0D0E0F", KeyFormat.HEX),
                        BROKER_PASSWORD_PREFIX + "5678"),
                new FleetPanel("9ABC", AesKey.parse("000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F",
                        KeyFormat.HEX), BROKER_PASSWORD_PREFIX + "9ABC"),
                new FleetPanel("2468", null, BROKER_PASSWORD_PREFIX + "2468"));
    }

    private static Map<String, String> options(String[] args) throws UsageException {
        java.util.HashMap<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--host", "--port", "--mqtt-host", "--mqtt-port", "--duration" -> {
                    if (i + 1 >= args.length) {
                        throw new UsageException(args[i] + " needs a value");
                    }
                    options.put(args[i], args[++i]);
                }
                default -> throw new UsageException("unknown option " + args[i]);
            }
        }
        return options;
    }
}
