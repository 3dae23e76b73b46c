package org.vaka.server.sites;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vaka.server.TestDatabases;
import org.vaka.server.WhenPostgresAnswers;

/** Sites' details, zones, users and instructions on PostgreSQL. */
@SpringBootTest
@AutoConfigureMockMvc
@WhenPostgresAnswers
class SiteDetailsOnPostgresTest extends SiteDetailsScenarios {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        TestDatabases.freshServerOnPostgres(registry);
    }
}
