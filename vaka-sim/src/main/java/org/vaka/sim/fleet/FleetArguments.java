package org.vaka.sim.fleet;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.vaka.sim.DurationArgument;
import org.vaka.sim.UsageException;

/** Turns the command lines of {@link FleetCommand} and {@link CommandBenchCommand} into {@link FleetOptions}. */
final class FleetArguments {

    private static final String COMMON = """
              --panels N                  number of houses (default 100)
              --first-account A           decimal account of the first house; the others follow (default 200000)
              --host H                    DC-09 receiver host (default 127.0.0.1)
              --port P                    DC-09 receiver port (default 7100)
              --mqtt-host H               MQTT broker host (default 127.0.0.1)
              --mqtt-port P               MQTT broker port (default 1884, the server's embedded broker)
              --broker-password-prefix X  each house's broker password is X plus its account (default sim-broker-)
              --api URL                   Vaka REST API (default http://127.0.0.1:8080)
              --user U                    API user (default admin@demo.vaka)
              --password P                API password (default demo-admin)
              --no-register               do not register the accounts through the API first
              --help                      show this text
            """;

    static final String FLEET_USAGE = """
            Usage: java -cp vaka-sim.jar org.vaka.sim.fleet.FleetCommand [options]
              Many houses living an ordinary day: DC-09 reports to the receiver, commands and state over MQTT.
              Registers the accounts (with their broker passwords) through the API first.

              --duration D                how long to run: 30s, 10m, 2h (default: until stopped)
              --path-outages              let broadband (rarely mobile too) go down now and then
            """ + COMMON;

    static final String BENCH_USAGE = """
            Usage: java -cp vaka-sim.jar org.vaka.sim.fleet.CommandBenchCommand [options]
              Command round trips through the server's API to MQTT panels and back: starts a fleet (as
              FleetCommand does), waits until every house is on the broker, then switches plug p1 on and off
              at random houses at the given rate and measures.

              --rate R                    commands per second (default 20)
              --duration D                how long to send commands (default 60s)
              --no-fleet                  use a fleet that already runs (FleetCommand with the same accounts)
              --connect-timeout D         how long to wait for every house to be on the broker (default 2m)
              --answer-timeout D          give up on a command's final answer after this (default 30s)
            """ + COMMON;

    private static final Set<String> COMMON_VALUED = Set.of("--panels", "--first-account", "--host", "--port",
            "--mqtt-host", "--mqtt-port", "--broker-password-prefix", "--api", "--user", "--password", "--duration");
    private static final Set<String> FLEET_FLAGS = Set.of("--no-register", "--path-outages");
    private static final Set<String> BENCH_VALUED = Set.of("--rate", "--connect-timeout", "--answer-timeout");
    private static final Set<String> BENCH_FLAGS = Set.of("--no-register", "--no-fleet");
    private static final long LARGEST_ACCOUNT = 9_999_999_999_999_999L; // 16 digits

    private FleetArguments() {
    }

    static FleetOptions parse(boolean bench, String... args) throws UsageException {
        Set<String> valued = new HashSet<>(COMMON_VALUED);
        Set<String> flags = new HashSet<>(bench ? BENCH_FLAGS : FLEET_FLAGS);
        if (bench) {
            valued.addAll(BENCH_VALUED);
        }
        Map<String, String> values = new HashMap<>();
        Set<String> given = new HashSet<>();
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String inline = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                inline = arg.substring(eq + 1);
            }
            if (name.equals("--help") || name.equals("-h")) {
                help = true;
                continue;
            }
            if (!given.add(name)) {
                throw new UsageException(name + " given twice");
            }
            if (flags.contains(name)) {
                if (inline != null) {
                    throw new UsageException(name + " takes no value");
                }
            } else if (valued.contains(name)) {
                if (inline == null && i + 1 >= args.length) {
                    throw new UsageException(name + " needs a value");
                }
                values.put(name, inline != null ? inline : args[++i]);
            } else {
                throw new UsageException("unknown option: " + arg);
            }
        }

        int panels = (int) number(values, "--panels", 100, 1, 1_000_000);
        long first = number(values, "--first-account", 200_000, 100, LARGEST_ACCOUNT);
        if (first + panels - 1 > LARGEST_ACCOUNT) {
            throw new UsageException("--first-account " + first + " leaves no room for " + panels
                    + " accounts of at most 16 digits");
        }
        String prefix = values.getOrDefault("--broker-password-prefix", "sim-broker-");
        if (prefix.isEmpty()) {
            throw new UsageException("--broker-password-prefix must not be empty: the server wants a password");
        }
        Duration duration = values.containsKey("--duration") ? DurationArgument.parse(values.get("--duration"))
                : bench ? Duration.ofSeconds(60) : null;
        return new FleetOptions(
                help,
                panels,
                first,
                host(values, "--host"),
                (int) number(values, "--port", 7100, 1, 65535),
                org.vaka.sim.ApiAddress.parse(values.getOrDefault("--api", "http://127.0.0.1:8080")),
                values.getOrDefault("--user", "admin@demo.vaka"),
                values.getOrDefault("--password", "demo-admin"),
                host(values, "--mqtt-host"),
                (int) number(values, "--mqtt-port", 1884, 1, 65535),
                prefix,
                duration,
                !given.contains("--no-register"),
                given.contains("--path-outages"),
                rate(values),
                given.contains("--no-fleet"),
                values.containsKey("--connect-timeout") ? DurationArgument.parse(values.get("--connect-timeout"))
                        : Duration.ofMinutes(2),
                values.containsKey("--answer-timeout") ? DurationArgument.parse(values.get("--answer-timeout"))
                        : Duration.ofSeconds(30));
    }

    private static long number(Map<String, String> values, String name, long fallback, long min, long max)
            throws UsageException {
        String text = values.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            long n = Long.parseLong(text.trim());
            if (n < min || n > max) {
                throw new UsageException(name + " must be " + min + ".." + max + ": '" + text + "'");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " needs a whole number: '" + text + "'");
        }
    }

    private static double rate(Map<String, String> values) throws UsageException {
        String text = values.getOrDefault("--rate", "20");
        try {
            double rate = Double.parseDouble(text.trim());
            if (!Double.isFinite(rate) || rate <= 0 || rate > 10_000) {
                throw new UsageException("--rate must be more than 0 and at most 10000 per second: '" + text + "'");
            }
            return rate;
        } catch (NumberFormatException e) {
            throw new UsageException("--rate needs a number of commands per second: '" + text + "'");
        }
    }

    private static String host(Map<String, String> values, String name) throws UsageException {
        String host = values.getOrDefault(name, "127.0.0.1").trim();
        if (host.isEmpty()) {
            throw new UsageException(name + " must not be empty");
        }
        return host;
    }
}
