package org.vaka.server;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ProductionReadinessTest {

    @Test
    void productionModeRefusesEmbeddedDefaultsAndNamesEach() {
        MockEnvironment env = new MockEnvironment().withProperty("vaka.mode", "production")
                .withProperty("spring.datasource.url", "jdbc:h2:file:./data/vaka");
        assertThatThrownBy(() -> new ProductionReadiness(env))
                .hasMessageContaining("VAKA_DB_URL").hasMessageContaining("VAKA_DEMO_SEED=false")
                .hasMessageContaining("VAKA_MQTT_URL");
    }

    @Test
    void productionModeStartsWhenNothingEmbeddedRemains() {
        MockEnvironment env = new MockEnvironment().withProperty("vaka.mode", "production")
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/vaka").withProperty("vaka.demo.seed", "false")
                .withProperty("vaka.devices.broker-url", "tcp://mqtt.example:1883");
        assertThatNoException().isThrownBy(() -> new ProductionReadiness(env));
    }

    @Test
    void embeddedModeAcceptsEverything() {
        assertThatNoException().isThrownBy(() -> new ProductionReadiness(new MockEnvironment()));
    }
}
