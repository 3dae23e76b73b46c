package org.vaka.server.alarms;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vaka.server.TestDatabases;
import org.vaka.server.WhenPostgresAnswers;

/** Alarms from signals, and the operators' queue, on PostgreSQL. */
@SpringBootTest
@AutoConfigureMockMvc
@org.springframework.context.annotation.Import(org.vaka.server.TestClock.Configuration.class)
@WhenPostgresAnswers
class AlarmsOnPostgresTest extends AlarmScenarios {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        TestDatabases.freshServerOnPostgres(registry);
        AlarmScenarios.fastSchedules(registry);
    }
}
