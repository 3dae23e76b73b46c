package org.vaka.server.identity;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vaka.server.TestClock;
import org.vaka.server.TestDatabases;

/** Passkeys on the embedded H2 database. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClock.Configuration.class)
class PasskeyOnH2Test extends PasskeyScenarios {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        TestDatabases.freshServerOnH2(registry);
    }
}
