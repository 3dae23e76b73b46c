package org.vaka.server.devices;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vaka.server.TestDatabases;

/** Commands and device state through the embedded broker, with the history in an H2 file database. */
@SpringBootTest
@AutoConfigureMockMvc
class DevicesOnH2Test extends DeviceScenarios {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        TestDatabases.freshServerOnH2(registry);
        registry.add("vaka.devices.command-timeout", () -> "1s");
    }
}
