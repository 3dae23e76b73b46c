package org.vaka.server.receiver;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vaka.server.TestDatabases;
import org.vaka.server.WhenPostgresAnswers;

/** The receiver scenarios on PostgreSQL (127.0.0.1:5432, database test), in a schema of their own. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ReceiverScenarios.Clocks.class)
@WhenPostgresAnswers
class ReceiverOnPostgresTest extends ReceiverScenarios {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.freshServerOnPostgres(registry);
        registry.add("vaka.receiver.supervision-check-interval", () -> "1h");
    }
}
