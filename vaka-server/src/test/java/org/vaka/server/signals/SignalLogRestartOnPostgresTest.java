package org.vaka.server.signals;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vaka.server.TestDatabases;
import org.vaka.server.WhenPostgresAnswers;

@SpringBootTest
@WhenPostgresAnswers
class SignalLogRestartOnPostgresTest extends SignalLogRestartScenarios {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.freshServerOnPostgres(registry);
        registry.add("vaka.signals.index-interval", () -> "1h");
    }
}
