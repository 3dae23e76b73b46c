package org.vaka.sim.storm;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.vaka.sim.ApiAddress;
import org.vaka.sim.UsageException;

/** What an alarm-storm run is asked to do. */
record StormOptions(int sites, int eventsPerSite, int connections, long firstAccount, String host, int port, URI api,
                    String user, String password, boolean register, boolean help) {

    static final String USAGE = """
            Usage: ./vaka storm [options]
              A regional power cut: every site loses mains power at once and flickers (AT, AR, AT, ...), sent over
              DC-09 as fast as the receiver ACKs; halfway through, one of the sites reports a fire. Measures how
              long the fire takes to head the operators' queue (GET /api/v1/alarms?status=open), how the events
              were grouped, and how long the alarm intake needs to catch up. Registers the accounts first.

              --sites N             sites in the power cut (default 2000)
              --events-per-site E   mains events per site, alternating loss and restore (default 10)
              --connections C       DC-09 connections sending at once (default 50)
              --first-account A     decimal account of the first site; the others follow (default 300000)
              --host H              DC-09 receiver host (default 127.0.0.1)
              --port P              DC-09 receiver port (default 7100)
              --api URL             Vaka REST API (default http://127.0.0.1:8080)
              --user U              API user (default admin@demo.vaka)
              --password P          API password (default demo-admin)
              --no-register         the accounts exist already
              --help                show this text
            Run it against a fresh server (scripts/storm-bench.sh does): the storm leaves thousands of open alarms.
            """;

    private static final Set<String> VALUED = Set.of("--sites", "--events-per-site", "--connections", "--first-account",
            "--host", "--port", "--api", "--user", "--password");
    private static final Set<String> FLAGS = Set.of("--no-register", "--help");

    static StormOptions parse(String... args) throws UsageException {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int eq = arg.indexOf('=');
            String name = eq > 0 ? arg.substring(0, eq) : arg;
            if (FLAGS.contains(name)) {
                given.put(name, "true");
            } else if (VALUED.contains(name)) {
                if (eq < 0 && i + 1 >= args.length) {
                    throw new UsageException(name + " needs a value");
                }
                given.put(name, eq > 0 ? arg.substring(eq + 1) : args[++i]);
            } else {
                throw new UsageException("unknown option " + arg);
            }
        }
        return new StormOptions(number(given, "--sites", 2000, 1, 1_000_000),
                number(given, "--events-per-site", 10, 1, 10_000), number(given, "--connections", 50, 1, 5000),
                number(given, "--first-account", 300000, 1, Integer.MAX_VALUE),
                given.getOrDefault("--host", "127.0.0.1"), number(given, "--port", 7100, 1, 65535),
                ApiAddress.parse(given.getOrDefault("--api", "http://127.0.0.1:8080")),
                given.getOrDefault("--user", "admin@demo.vaka"), given.getOrDefault("--password", "demo-admin"),
                !given.containsKey("--no-register"), given.containsKey("--help"));
    }

    private static int number(Map<String, String> given, String name, int fallback, int min, int max) throws UsageException {
        String text = given.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value < min || value > max) {
                throw new UsageException(name + " must be " + min + ".." + max + ", not " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a whole number, not " + text);
        }
    }

    String account(int site) {
        return Long.toString(firstAccount + site);
    }
}
