package org.vaka.server.devices;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vaka.server.TestDatabases;

/** A virtual panel commanded through the embedded broker (Moquette), as in {@code ./vaka start}. */
@SpringBootTest
@AutoConfigureMockMvc
class VirtualPanelOnEmbeddedBrokerTest extends VirtualPanelScenarios {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        TestDatabases.freshServerOnH2(registry);
    }

    @Autowired DeviceBroker deviceBroker;

    @Override
    String brokerHost() {
        return "127.0.0.1";
    }

    @Override
    int brokerPort() {
        return deviceBroker.embeddedPort();
    }
}
