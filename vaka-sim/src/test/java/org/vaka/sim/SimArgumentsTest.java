package org.vaka.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.vaka.protocol.dc09.KeyFormat;

class SimArgumentsTest {

    private static final String K256 = "000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F";

    @Test
    void defaultsAreThoseOfTheBenchmark() throws UsageException {
        SimOptions o = SimArguments.parse();

        assertThat(o.help()).isFalse();
        assertThat(o.verify()).isFalse();
        assertThat(o.host()).isEqualTo("127.0.0.1");
        assertThat(o.port()).isEqualTo(7100);
        assertThat(o.accounts()).isEqualTo(100);
        assertThat(o.rate()).isEqualTo(1000);
        assertThat(o.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(o.udp()).isFalse();
        assertThat(o.aesKey()).isNull();
        assertThat(o.keyFormat()).isEqualTo(KeyFormat.HEX);
        assertThat(o.api()).isEqualTo(URI.create("http://127.0.0.1:8080"));
        assertThat(o.user()).isEqualTo("admin@demo.vaka");
        assertThat(o.password()).isEqualTo("demo-admin");
        assertThat(o.register()).isTrue();
        assertThat(o.accountPrefix()).isEqualTo("F");
        assertThat(o.ackedFile()).isNull();
        assertThat(o.replyTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(o.threads()).isEqualTo(1);
    }

    @Test
    void readsEveryOption() throws UsageException {
        SimOptions o = SimArguments.parse("--accounts", "250", "--rate", "0", "--duration", "2m", "--udp",
                "--aes-key", "AAAAAAAAAAAAAAAA", "--key-format", "text", "--host", "localhost", "--port", "7200",
                "--acked-file", "acked.csv", "--api", "http://localhost:9090/", "--user", "u@x", "--password", "pw",
                "--no-register", "--account-prefix", "AB", "--timeout", "300ms", "--threads", "2");

        assertThat(o.accounts()).isEqualTo(250);
        assertThat(o.rate()).isZero();
        assertThat(o.duration()).isEqualTo(Duration.ofMinutes(2));
        assertThat(o.udp()).isTrue();
        assertThat(o.aesKey().bits()).isEqualTo(128);
        assertThat(o.aesKeyText()).isEqualTo("AAAAAAAAAAAAAAAA");
        assertThat(o.keyFormat()).isEqualTo(KeyFormat.TEXT);
        assertThat(o.host()).isEqualTo("localhost");
        assertThat(o.port()).isEqualTo(7200);
        assertThat(o.ackedFile()).isEqualTo(Path.of("acked.csv"));
        assertThat(o.api()).isEqualTo(URI.create("http://localhost:9090"));
        assertThat(o.user()).isEqualTo("u@x");
        assertThat(o.password()).isEqualTo("pw");
        assertThat(o.register()).isFalse();
        assertThat(o.accountPrefix()).isEqualTo("AB");
        assertThat(o.replyTimeout()).isEqualTo(Duration.ofMillis(300));
        assertThat(o.threads()).isEqualTo(2);
    }

    @Test
    void takesValuesAfterAnEqualsSignToo() throws UsageException {
        SimOptions o = SimArguments.parse("--accounts=7", "--duration=500ms");

        assertThat(o.accounts()).isEqualTo(7);
        assertThat(o.duration()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void udpPanelsWaitOneSecondForAReply() throws UsageException {
        assertThat(SimArguments.parse("--udp").replyTimeout()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void encryptedPanelsGetTheirOwnAccountRange() throws UsageException {
        SimOptions o = SimArguments.parse("--aes-key", K256);

        assertThat(o.aesKey().bits()).isEqualTo(256);
        assertThat(o.accountPrefix()).isEqualTo("E");
        assertThat(SimArguments.parse("--aes-key", K256, "--account-prefix", "C").accountPrefix()).isEqualTo("C");
    }

    @Test
    void asksForHelp() throws UsageException {
        assertThat(SimArguments.parse("--help").help()).isTrue();
        assertThat(SimArguments.parse("-h").help()).isTrue();
    }

    @Test
    void refusesWhatItCannotUse() {
        refused("unknown option: --bogus", "--bogus");
        refused("--accounts needs a value", "--accounts");
        refused("--accounts needs a whole number", "--accounts", "many");
        refused("--accounts must be at least 1", "--accounts", "0");
        refused("--rate must be 0", "--rate", "-1");
        refused("--rate needs a number", "--rate", "fast");
        refused("--port must be 1..65535", "--port", "70000");
        refused("not a duration", "--duration", "soon");
        refused("--key-format must be hex or text", "--aes-key", K256, "--key-format", "base64");
        refused("--key-format only makes sense with --aes-key", "--key-format", "text");
        refused("bad --aes-key", "--aes-key", "00112233");
        refused("--account-prefix must be hex digits", "--account-prefix", "XY");
        refused("--api must be an http(s) URL", "--api", "ftp://host");
        refused("--accounts given twice", "--accounts", "1", "--accounts", "2");
        refused("--udp takes no value", "--udp=yes");
    }

    @Test
    void badArgumentsExitWithStatusTwoAndSayWhy() {
        CapturedRun run = CapturedRun.of("--rate", "lots");

        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.err()).contains("--rate needs a number of signals per second: 'lots'").contains("--help");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void helpPrintsTheUsage() {
        CapturedRun run = CapturedRun.of("--help");

        assertThat(run.exitStatus()).isZero();
        assertThat(run.out()).contains("Usage: java -jar vaka-sim.jar").contains("--acked-file").contains("--verify");
    }

    private static void refused(String message, String... args) {
        assertThatThrownBy(() -> SimArguments.parse(args))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining(message);
    }
}
