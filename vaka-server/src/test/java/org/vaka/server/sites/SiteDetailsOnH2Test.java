package org.vaka.server.sites;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vaka.server.TestDatabases;

/** Sites' details, zones, users and instructions on the embedded H2 database. */
@SpringBootTest
@AutoConfigureMockMvc
class SiteDetailsOnH2Test extends SiteDetailsScenarios {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        TestDatabases.freshServerOnH2(registry);
    }
}
