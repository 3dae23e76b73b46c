package org.vaka.server.notify;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vaka.server.TestDatabases;

/** The outbox delivering e-mail and SMS, on the embedded H2 database. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(OutboxScenarios.Clocks.class)
class OutboxOnH2Test extends OutboxScenarios {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        TestDatabases.freshServerOnH2(registry);
        providers(registry);
    }
}
