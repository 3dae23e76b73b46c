package org.vaka.server.devices;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vaka.server.TestDatabases;

/**
 * The same scenarios with production's setup: the server and the panels on an external Mosquitto, logins from its
 * password file, panels kept apart by its ACL.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnabledIf(value = "org.vaka.server.devices.SpawnedMosquitto#installed",
        disabledReason = "mosquitto is not installed (/usr/sbin/mosquitto): ran on the embedded broker only")
class DevicesOnMosquittoTest extends DeviceScenarios {

    static final String SERVER_PASSWORD = "server-secret-for-tests";
    static SpawnedMosquitto mosquitto;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws Exception {
        mosquitto = new SpawnedMosquitto(Map.of("vaka-server", SERVER_PASSWORD,
                "1234", "demo-broker-1234", "5678", "demo-broker-5678", "9ABC", "demo-broker-9ABC"));
        TestDatabases.freshServerOnH2(registry);
        registry.add("vaka.devices.command-timeout", () -> "1s");
        registry.add("vaka.devices.broker-url", mosquitto::url);
        registry.add("vaka.devices.broker-password", () -> SERVER_PASSWORD);
    }

    @Override
    String brokerUrl() {
        return mosquitto.url();
    }

    @AfterAll
    static void stopBroker() {
        mosquitto.close();
    }
}
