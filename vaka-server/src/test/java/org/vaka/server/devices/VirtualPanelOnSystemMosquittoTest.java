package org.vaka.server.devices;

import java.net.InetSocketAddress;
import java.net.Socket;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.vaka.protocol.mqtt.PanelTopics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vaka.server.TestDatabases;

/**
 * A virtual panel commanded through the machine's own Mosquitto on 127.0.0.1:1883 (CI always has one), with the
 * server on PostgreSQL when it answers: production's shape. The broker holds a big fleet's retained state.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnabledIf(value = "org.vaka.server.devices.VirtualPanelOnSystemMosquittoTest#mosquittoAnswers",
        disabledReason = "no MQTT broker on 127.0.0.1:1883: ran on the embedded broker only")
class VirtualPanelOnSystemMosquittoTest extends VirtualPanelScenarios {

    @Autowired DeviceBroker deviceBroker;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        if (TestDatabases.postgresReachable()) {
            TestDatabases.freshServerOnPostgres(registry);
        } else {
            TestDatabases.freshServerOnH2(registry);
        }
        registry.add("vaka.devices.broker-url", () -> "tcp://127.0.0.1:1883");
        retainForABigFleet(PanelTopics.ONLINE.getBytes());
    }

    /**
     * A broker that has served a big fleet holds a retained state per panel: the server's subscription must take
     * them all and still hear the new panel (at QoS 1, Mosquitto would queue 1,000 and drop the rest).
     */
    static final int BIG_FLEET = 1500;

    static void retainForABigFleet(byte[] availability) {
        try {
            var client = new org.eclipse.paho.client.mqttv3.MqttClient("tcp://127.0.0.1:1883", "vaka-test-fleet-state",
                    new org.eclipse.paho.client.mqttv3.persist.MemoryPersistence());
            client.connect();
            for (int i = 0; i < BIG_FLEET; i++) {
                client.publish(PanelTopics.of("F" + (1_000_000 + i)).availability(), availability, 0, true);
            }
            client.disconnect();
            client.close();
        } catch (org.eclipse.paho.client.mqttv3.MqttException e) {
            throw new IllegalStateException("could not prepare the broker: " + e.getMessage(), e);
        }
    }

    @Test
    void theServerHearsEveryPanelOfABigFleetWhenItSubscribes() {
        await().atMost(Duration.ofSeconds(20)).until(() -> deviceBroker.panelsOnline() >= BIG_FLEET);
    }

    @AfterAll
    static void clearTheBigFleet() {
        retainForABigFleet(new byte[0]); // an empty retained message removes the retained one
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
