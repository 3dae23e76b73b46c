package org.vaka.sim.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.vaka.sim.UsageException;
import org.vaka.sim.mqtt.BrokerAddress;

class FleetArgumentsTest {

    @Test
    void fleetDefaults() throws Exception {
        FleetOptions options = FleetArguments.parse(false);

        assertThat(options.panels()).isEqualTo(100);
        assertThat(options.accounts()).hasSize(100).startsWith("200000", "200001").endsWith("200099");
        assertThat(options.broker()).isEqualTo(new BrokerAddress("127.0.0.1", 1884));
        assertThat(options.receiverHost()).isEqualTo("127.0.0.1");
        assertThat(options.receiverPort()).isEqualTo(7100);
        assertThat(options.api()).hasToString("http://127.0.0.1:8080");
        assertThat(options.user()).isEqualTo("admin@demo.vaka");
        assertThat(options.duration()).isNull();
        assertThat(options.register()).isTrue();
        assertThat(options.pathOutages()).isFalse();
        assertThat(options.fleetPanels().getFirst().brokerPassword()).isEqualTo("sim-broker-200000");
    }

    @Test
    void everyOption() throws Exception {
        FleetOptions options = FleetArguments.parse(false, "--panels", "3", "--first-account=500", "--host", "rx",
                "--port", "7200", "--api", "http://srv:9090/", "--user", "u", "--password", "p", "--mqtt-host", "mq",
                "--mqtt-port", "1999", "--duration", "10m", "--broker-password-prefix", "x-", "--no-register",
                "--path-outages");

        assertThat(options.accounts()).containsExactly("500", "501", "502");
        assertThat(options.receiverHost()).isEqualTo("rx");
        assertThat(options.receiverPort()).isEqualTo(7200);
        assertThat(options.api()).hasToString("http://srv:9090");
        assertThat(options.broker()).isEqualTo(new BrokerAddress("mq", 1999));
        assertThat(options.duration()).isEqualTo(Duration.ofMinutes(10));
        assertThat(options.fleetPanels()).extracting(FleetPanel::brokerPassword).containsExactly("x-500", "x-501", "x-502");
        assertThat(options.register()).isFalse();
        assertThat(options.pathOutages()).isTrue();
        assertThat(options.toString()).doesNotContain("x-").doesNotContain("p,");
    }

    @Test
    void benchDefaultsAndOptions() throws Exception {
        FleetOptions defaults = FleetArguments.parse(true);
        assertThat(defaults.rate()).isEqualTo(20);
        assertThat(defaults.duration()).isEqualTo(Duration.ofSeconds(60));
        assertThat(defaults.noFleet()).isFalse();
        assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(defaults.answerTimeout()).isEqualTo(Duration.ofSeconds(30));

        FleetOptions options = FleetArguments.parse(true, "--rate", "2.5", "--no-fleet", "--answer-timeout", "5s",
                "--connect-timeout", "30s");
        assertThat(options.rate()).isEqualTo(2.5);
        assertThat(options.noFleet()).isTrue();
        assertThat(options.answerTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(options.connectTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void refusesWhatItCannotUse() {
        assertThatThrownBy(() -> FleetArguments.parse(false, "--rate", "5")).isInstanceOf(UsageException.class)
                .hasMessageContaining("unknown option");
        assertThatThrownBy(() -> FleetArguments.parse(true, "--path-outages")).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> FleetArguments.parse(false, "--panels", "0")).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> FleetArguments.parse(false, "--first-account", "99")).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> FleetArguments.parse(false, "--first-account", "9999999999999999", "--panels", "2"))
                .isInstanceOf(UsageException.class).hasMessageContaining("16 digits");
        assertThatThrownBy(() -> FleetArguments.parse(false, "--panels")).isInstanceOf(UsageException.class)
                .hasMessageContaining("needs a value");
        assertThatThrownBy(() -> FleetArguments.parse(false, "--panels", "2", "--panels", "3"))
                .isInstanceOf(UsageException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> FleetArguments.parse(true, "--rate", "0")).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> FleetArguments.parse(false, "--no-register=yes")).isInstanceOf(UsageException.class);
    }

    @Test
    void helpIsUnderstood() throws Exception {
        assertThat(FleetArguments.parse(false, "--help").help()).isTrue();
        assertThat(FleetArguments.FLEET_USAGE).contains("--mqtt-port", "--broker-password-prefix", "--path-outages");
        assertThat(FleetArguments.BENCH_USAGE).contains("--rate", "--no-fleet", "--mqtt-host");
    }
}
