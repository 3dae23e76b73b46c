package org.vaka.server.portal.registration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vaka.server.TestClock;
import org.vaka.server.TestDatabases;

/** A new customer's welcome on the embedded H2 database. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClock.Configuration.class)
class WelcomeOnH2Test extends WelcomeScenarios {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        TestDatabases.freshServerOnH2(registry);
    }
}
