package org.vaka.server.alarms;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vaka.server.TestDatabases;

/** Arming control (schedules, holidays, late to arm, unexpected disarm) on the embedded H2 database. */
@SpringBootTest
@AutoConfigureMockMvc
@org.springframework.context.annotation.Import(org.vaka.server.TestClock.Configuration.class)
class ArmingControlOnH2Test extends ArmingControlScenarios {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        TestDatabases.freshServerOnH2(registry);
        AlarmScenarios.fastSchedules(registry);
    }
}
