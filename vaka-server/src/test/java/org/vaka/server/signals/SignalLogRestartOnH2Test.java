package org.vaka.server.signals;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vaka.server.TestDatabases;

@SpringBootTest
class SignalLogRestartOnH2Test extends SignalLogRestartScenarios {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.freshServerOnH2(registry);
        registry.add("vaka.signals.index-interval", () -> "1h");
    }
}
