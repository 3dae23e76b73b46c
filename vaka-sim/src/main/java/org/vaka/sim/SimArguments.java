package org.vaka.sim;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.vaka.protocol.dc09.AesKey;
import org.vaka.protocol.dc09.KeyFormat;

/** Turns the command line into {@link SimOptions}, refusing anything it cannot make sense of. */
final class SimArguments {

    static final String USAGE = """
            Usage: java -jar vaka-sim.jar [options]
              Virtual alarm panels that report to a Vaka receiver over SIA DC-09.

              --accounts N          number of virtual panels (default 100)
              --rate R              signals per second in total, 0 = as fast as the server ACKs (default 1000)
              --duration D          how long to send: 30s, 2m, 500ms or plain seconds (default 30s)
              --udp                 send over UDP instead of TCP
              --aes-key K           encrypt (*SIA-DCS) with this AES key (128, 192 or 256 bit)
              --key-format F        hex (default) or text: how --aes-key is written
              --host H              receiver host (default 127.0.0.1)
              --port P              receiver port (default 7100)
              --account-prefix X    hex prefix of the account numbers (default F, or E with --aes-key)
              --acked-file F        append every ACKed signal to F as 'account,sequence'
              --timeout D           reply timeout before a retransmission (default 2s TCP, 1s UDP)
              --threads T           event-loop threads driving the panels (default 1)
              --api URL             Vaka REST API (default http://127.0.0.1:8080)
              --user U              API user (default admin@demo.vaka)
              --password P          API password (default demo-admin)
              --no-register         do not register the accounts through the API before sending
              --verify F            do not send: check that every signal ACKed in F is in the server's log
              --help                show this text
            """;

    private SimArguments() {
    }

    static SimOptions parse(String... args) throws UsageException {
        boolean help = false;
        int accounts = SimOptions.DEFAULT_ACCOUNTS;
        double rate = SimOptions.DEFAULT_RATE;
        Duration duration = SimOptions.DEFAULT_DURATION;
        boolean udp = false;
        String keyText = null;
        KeyFormat keyFormat = KeyFormat.HEX;
        String host = SimOptions.DEFAULT_HOST;
        int port = SimOptions.DEFAULT_PORT;
        Path ackedFile = null;
        String api = SimOptions.DEFAULT_API;
        String user = SimOptions.DEFAULT_USER;
        String password = SimOptions.DEFAULT_PASSWORD;
        boolean register = true;
        String prefix = null;
        Path verifyFile = null;
        Duration timeout = null;
        int threads = 1;

        Set<String> seen = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String inline = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                inline = arg.substring(eq + 1);
            }
            if (!seen.add(name) && !name.equals("--help") && !name.equals("-h")) {
                throw new UsageException(name + " given twice");
            }
            switch (name) {
                case "--help", "-h" -> help = true;
                case "--udp" -> udp = flag(name, inline);
                case "--no-register" -> register = !flag(name, inline);
                default -> {
                    String value;
                    if (inline != null) {
                        value = inline;
                    } else if (i + 1 < args.length) {
                        value = args[++i];
                    } else {
                        throw new UsageException(known(name) ? name + " needs a value" : "unknown option: " + arg);
                    }
                    switch (name) {
                        case "--accounts" -> accounts = positiveInt(name, value, 1);
                        case "--rate" -> rate = rate(value);
                        case "--duration" -> duration = DurationArgument.parse(value);
                        case "--aes-key" -> keyText = value;
                        case "--key-format" -> keyFormat = keyFormat(value);
                        case "--host" -> host = host(value);
                        case "--port" -> port = port(value);
                        case "--acked-file" -> ackedFile = Path.of(value);
                        case "--api" -> api = value;
                        case "--user" -> user = value;
                        case "--password" -> password = value;
                        case "--account-prefix" -> prefix = value;
                        case "--verify" -> verifyFile = Path.of(value);
                        case "--timeout" -> timeout = DurationArgument.parse(value);
                        case "--threads" -> threads = positiveInt(name, value, 1);
                        default -> throw new UsageException("unknown option: " + arg);
                    }
                }
            }
        }

        if (seen.contains("--key-format") && keyText == null) {
            throw new UsageException("--key-format only makes sense with --aes-key");
        }
        AesKey key = null;
        if (keyText != null) {
            try {
                key = AesKey.parse(keyText, keyFormat);
            } catch (IllegalArgumentException e) {
                throw new UsageException("bad --aes-key: " + e.getMessage());
            }
        }
        // E for encrypted panels keeps their accounts apart from the plain ones when both runs share a server
        String accountPrefix = prefix != null ? prefix : key != null ? "E" : "F";
        AccountNumbers.checkPrefix(accountPrefix, accounts);
        if (threads > accounts) {
            threads = accounts;
        }
        return new SimOptions(help, accounts, rate, duration, udp, keyText, keyFormat, key, host, port, ackedFile,
                ApiAddress.parse(api), user, password, register, accountPrefix, verifyFile,
                timeout != null ? timeout : udp ? SimOptions.UDP_REPLY_TIMEOUT : SimOptions.TCP_REPLY_TIMEOUT,
                threads);
    }

    private static boolean known(String name) {
        return USAGE.contains(name + " ");
    }

    private static boolean flag(String name, String inline) throws UsageException {
        if (inline != null) {
            throw new UsageException(name + " takes no value");
        }
        return true;
    }

    private static int positiveInt(String name, String value, int min) throws UsageException {
        try {
            int n = Integer.parseInt(value.trim());
            if (n < min) {
                throw new UsageException(name + " must be at least " + min + ": '" + value + "'");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " needs a whole number: '" + value + "'");
        }
    }

    private static double rate(String value) throws UsageException {
        try {
            double r = Double.parseDouble(value.trim());
            if (!Double.isFinite(r) || r < 0) {
                throw new UsageException("--rate must be 0 (as fast as ACKed) or more: '" + value + "'");
            }
            return r;
        } catch (NumberFormatException e) {
            throw new UsageException("--rate needs a number of signals per second: '" + value + "'");
        }
    }

    private static KeyFormat keyFormat(String value) throws UsageException {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "hex" -> KeyFormat.HEX;
            case "text" -> KeyFormat.TEXT;
            default -> throw new UsageException("--key-format must be hex or text: '" + value + "'");
        };
    }

    private static String host(String value) throws UsageException {
        if (value.isBlank()) {
            throw new UsageException("--host must not be empty");
        }
        return value.trim();
    }

    private static int port(String value) throws UsageException {
        int p = positiveInt("--port", value, 1);
        if (p > 65535) {
            throw new UsageException("--port must be 1..65535: '" + value + "'");
        }
        return p;
    }
}
