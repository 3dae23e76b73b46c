package org.vaka.server.portal.contact;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vaka.server.TestClock;
import org.vaka.server.TestDatabases;

/** Changing e-mail and mobile, and adding an alarm system with its activation code, on the embedded H2 database. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClock.Configuration.class)
class ContactChangeAndActivationOnH2Test extends ContactChangeAndActivationScenarios {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        TestDatabases.freshServerOnH2(registry);
    }
}
