package org.vaka.server.billing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vaka.server.TestDatabases;

/** Billing on the embedded H2 database. */
@SpringBootTest
@AutoConfigureMockMvc
class BillingOnH2Test extends BillingScenarios {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        TestDatabases.freshServerOnH2(registry);
        BillingScenarios.fastJobs(registry);
    }
}
