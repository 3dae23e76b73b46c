package org.vaka.server.signals;

import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vaka.server.TestDatabases;

@SpringBootTest
@EnabledIf(value = "org.vaka.server.TestDatabases#postgresReachable",
        disabledReason = "PostgreSQL is not reachable on 127.0.0.1:5432: these scenarios ran on H2 only")
class SignalLogRestartOnPostgresTest extends SignalLogRestartScenarios {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.freshServerOnPostgres(registry);
        registry.add("vaka.signals.index-interval", () -> "1h");
    }
}
