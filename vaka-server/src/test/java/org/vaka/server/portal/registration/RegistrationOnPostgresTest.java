package org.vaka.server.portal.registration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vaka.server.TestClock;
import org.vaka.server.TestDatabases;
import org.vaka.server.WhenPostgresAnswers;

/** Registration and forgotten passwords on PostgreSQL. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClock.Configuration.class)
@WhenPostgresAnswers
class RegistrationOnPostgresTest extends RegistrationScenarios {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        TestDatabases.freshServerOnPostgres(registry);
    }
}
