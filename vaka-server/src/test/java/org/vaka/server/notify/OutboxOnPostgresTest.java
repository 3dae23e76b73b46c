package org.vaka.server.notify;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vaka.server.TestDatabases;
import org.vaka.server.WhenPostgresAnswers;

/** The outbox delivering e-mail and SMS, on PostgreSQL. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(OutboxScenarios.Clocks.class)
@WhenPostgresAnswers
class OutboxOnPostgresTest extends OutboxScenarios {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        TestDatabases.freshServerOnPostgres(registry);
        providers(registry);
    }
}
