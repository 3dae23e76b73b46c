package org.vaka.server.receiver;

import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vaka.server.TestDatabases;

/** The receiver scenarios on PostgreSQL (127.0.0.1:5432, database test), in a schema of their own. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ReceiverScenarios.Clocks.class)
@EnabledIf(value = "org.vaka.server.TestDatabases#postgresReachable",
        disabledReason = "PostgreSQL is not reachable on 127.0.0.1:5432: these scenarios ran on H2 only")
class ReceiverOnPostgresTest extends ReceiverScenarios {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.freshServerOnPostgres(registry);
        registry.add("vaka.receiver.supervision-check-interval", () -> "1h");
    }
}
