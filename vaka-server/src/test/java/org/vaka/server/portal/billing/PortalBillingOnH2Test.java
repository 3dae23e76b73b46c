package org.vaka.server.portal.billing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vaka.server.TestClock;
import org.vaka.server.TestDatabases;

/** The customer's side of billing on the embedded H2 database. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClock.Configuration.class)
class PortalBillingOnH2Test extends PortalBillingScenarios {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        TestDatabases.freshServerOnH2(registry);
    }
}
