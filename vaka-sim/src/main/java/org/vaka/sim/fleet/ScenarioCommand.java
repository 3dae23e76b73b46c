package org.vaka.sim.fleet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;

import io.netty.channel.EventLoopGroup;
import org.vaka.protocol.dc09.AesKey;
import org.vaka.protocol.dc09.KeyFormat;
import org.vaka.sim.UsageException;
import org.vaka.sim.mqtt.BrokerAddress;
import org.vaka.sim.mqtt.BrokerLinkThreads;
import org.vaka.sim.mqtt.LinkObserver;
import org.vaka.sim.panel.ScenarioException;
import org.vaka.sim.panel.ScenarioScript;

/**
 * One virtual panel that plays a scenario against a running server, in real time, reporting over DC-09 and
 * taking commands over MQTT meanwhile: the way to make a demo or a manual test happen on cue.
 *
 * <p>{@code ./vaka panel --account 1234 --do "intrude zone 3; wait 40s; disarm with 123456"}
 */
public final class ScenarioCommand {

    static final String USAGE = """
            usage: ./vaka panel --account A (--script FILE | --do "line; line; ...") [options]
              --account A                the panel account (demo: 1234, 5678, 9ABC — their keys are known)
              --key HEX                  AES key, for an account that is not a demo one
              --broker-password P        MQTT password (default demo-broker-<account>)
              --host H --port P          DC-09 receiver (default 127.0.0.1:7100)
              --mqtt-host H --mqtt-port P   MQTT broker (default 127.0.0.1:1884, the embedded one)
              --stay                     keep the panel running after the scenario, until Ctrl-C
            Scenario lines: open|close|intrude|tamper|restore tamper zone N, arm away|arm home|disarm with CODE,
              cut|restore ethernet|gsm, power-cut, power-restore, jam, unjam, periodic test, wait 45s (ms|s|m|h).
            The demo panels have zones 1 Front door, 2 Living-room window, 3 Hall (camera), 4 Kitchen smoke,
            5 Panic button; user code 123456, duress code 999999. Run it on an account the demo fleet is not
            playing (VAKA_DEMO_FLEET=false), or the two panels will take the MQTT session from each other.
            """;

    private ScenarioCommand() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> options;
        ScenarioScript script;
        try {
            options = options(args);
            if (options.containsKey("--help")) {
                System.out.print(USAGE);
                return;
            }
            script = ScenarioScript.parse(scenarioText(options));
        } catch (UsageException | ScenarioException e) {
            System.err.println("panel: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        String account = options.get("--account").toUpperCase(java.util.Locale.ROOT);
        AesKey key = options.containsKey("--key") ? AesKey.parse(options.get("--key"), KeyFormat.HEX) : demoKey(account);
        DemoPanel house = new DemoPanel(account, key, options.getOrDefault("--host", "127.0.0.1"),
                Integer.parseInt(options.getOrDefault("--port", "7100")), Clock.systemUTC(),
                RandomGenerator.of("L64X128MixRandom"), false, new FleetCounters());
        EventLoopGroup mqtt = BrokerLinkThreads.create(1, "panel-mqtt");
        BrokerAddress broker = new BrokerAddress(options.getOrDefault("--mqtt-host", "127.0.0.1"),
                Integer.parseInt(options.getOrDefault("--mqtt-port", "1884")));
        var link = house.connectBroker(mqtt, broker, options.getOrDefault("--broker-password",
                DemoFleetCommand.BROKER_PASSWORD_PREFIX + account), LinkObserver.NONE, Duration.ZERO);
        Thread sender = Thread.ofVirtual().name("panel-" + account + "-dc09").start(house::sendForever);
        try {
            link.ready().get(10, TimeUnit.SECONDS);
            System.err.printf("panel %s: on the MQTT broker %s, reporting to the receiver%n", account, broker);
        } catch (Exception e) {
            System.err.printf("panel %s: not on the MQTT broker %s yet (%s); playing the scenario anyway%n", account,
                    broker, e.getCause() == null ? e : e.getCause().getMessage());
        }
        house.linkTest();
        house.play(script, line -> System.err.printf("panel %s: %s%n", account, line));
        if (options.containsKey("--stay")) {
            System.err.printf("panel %s: scenario done; staying on (Ctrl-C to stop)%n", account);
            Thread.currentThread().join();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!house.allReported() && System.nanoTime() < deadline) {
            Thread.sleep(50); // the last reports are on their way to the receiver
        }
        System.err.printf("panel %s: scenario done, %s%n", account,
                house.allReported() ? "every report ACKed" : "some reports still unACKed after 30 s");
        house.closeBroker().orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
        sender.interrupt();
        mqtt.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }

    private static AesKey demoKey(String account) {
        return DemoFleetCommand.panels().stream().filter(p -> p.account().equals(account)).findFirst()
                .map(FleetPanel::key).orElse(null);
    }

    private static String scenarioText(Map<String, String> options) throws UsageException {
        if (!options.containsKey("--account")) {
            throw new UsageException("--account is required");
        }
        if (options.containsKey("--do") == options.containsKey("--script")) {
            throw new UsageException("give the scenario with --script FILE or --do \"line; line\"");
        }
        if (options.containsKey("--do")) {
            return options.get("--do").replace(';', '\n');
        }
        try {
            return Files.readString(Path.of(options.get("--script")));
        } catch (IOException e) {
            throw new UsageException("cannot read " + options.get("--script") + ": " + e.getMessage());
        }
    }

    private static Map<String, String> options(String[] args) throws UsageException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help", "-h", "--stay" -> options.put(args[i].equals("-h") ? "--help" : args[i], "");
                case "--account", "--key", "--broker-password", "--host", "--port", "--mqtt-host", "--mqtt-port",
                     "--script", "--do" -> {
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
