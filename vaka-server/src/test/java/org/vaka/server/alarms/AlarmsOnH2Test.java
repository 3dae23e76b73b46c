package org.vaka.server.alarms;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vaka.server.TestDatabases;

/** Alarms from signals, and the operators' queue, on the embedded H2 database. */
@SpringBootTest
@AutoConfigureMockMvc
@org.springframework.context.annotation.Import(org.vaka.server.TestClock.Configuration.class)
class AlarmsOnH2Test extends AlarmScenarios {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        TestDatabases.freshServerOnH2(registry);
        AlarmScenarios.fastSchedules(registry);
    }
}
