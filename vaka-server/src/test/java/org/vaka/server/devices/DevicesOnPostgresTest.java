package org.vaka.server.devices;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vaka.server.TestDatabases;
import org.vaka.server.WhenPostgresAnswers;

/** Commands and device state through the embedded broker, with the history in PostgreSQL. */
@SpringBootTest
@AutoConfigureMockMvc
@WhenPostgresAnswers
class DevicesOnPostgresTest extends DeviceScenarios {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        TestDatabases.freshServerOnPostgres(registry);
        registry.add("vaka.devices.command-timeout", () -> "1s");
    }
}
