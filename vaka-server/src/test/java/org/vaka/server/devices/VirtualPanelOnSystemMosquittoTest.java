package org.vaka.server.devices;

import java.net.InetSocketAddress;
import java.net.Socket;

import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vaka.server.TestDatabases;

/**
 * A virtual panel commanded through the machine's own Mosquitto on 127.0.0.1:1883 (CI always has one), with the
 * server on PostgreSQL when it answers: production's shape.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnabledIf(value = "org.vaka.server.devices.VirtualPanelOnSystemMosquittoTest#mosquittoAnswers",
        disabledReason = "no MQTT broker on 127.0.0.1:1883: ran on the embedded broker only")
class VirtualPanelOnSystemMosquittoTest extends VirtualPanelScenarios {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        if (TestDatabases.postgresReachable()) {
            TestDatabases.freshServerOnPostgres(registry);
        } else {
            TestDatabases.freshServerOnH2(registry);
        }
        registry.add("vaka.devices.broker-url", () -> "tcp://127.0.0.1:1883");
    }

    static boolean mosquittoAnswers() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", 1883), 500);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    String brokerHost() {
        return "127.0.0.1";
    }

    @Override
    int brokerPort() {
        return 1883;
    }
}
