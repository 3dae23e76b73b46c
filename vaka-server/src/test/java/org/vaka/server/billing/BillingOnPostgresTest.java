package org.vaka.server.billing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vaka.server.TestDatabases;
import org.vaka.server.WhenPostgresAnswers;

/** Billing on PostgreSQL. */
@SpringBootTest
@AutoConfigureMockMvc
@WhenPostgresAnswers
class BillingOnPostgresTest extends BillingScenarios {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        TestDatabases.freshServerOnPostgres(registry);
        BillingScenarios.fastJobs(registry);
    }
}
