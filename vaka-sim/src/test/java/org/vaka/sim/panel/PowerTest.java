package org.vaka.sim.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.vaka.sim.panel.TestHouse.START;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PowerTest {

    private final TestHouse house = new TestHouse();
    private final AlarmPanel panel = house.panel;

    @Test
    void mainsCutDrainsTheBatteryToLowThenMainsBackRestoresBoth() {
        panel.cutMains();
        assertThat(house.codes()).containsExactly("AT00");

        house.pass(Duration.ofHours(24));
        assertThat(panel.batteryPercent()).isCloseTo(50.0, within(0.01));
        assertThat(house.codes()).containsExactly("AT00");

        house.pass(Duration.ofHours(14));
        assertThat(panel.batteryPercent()).isCloseTo(20.83, within(0.01));
        assertThat(house.codes()).containsExactly("AT00");

        house.pass(Duration.ofHours(1));
        assertThat(panel.batteryPercent()).isLessThan(20.0);
        assertThat(house.codes()).containsExactly("AT00", "YT00");
        // 80 % of 48 h: the moment it crossed, not the moment we looked
        assertThat(house.reports.get(1).time()).isEqualTo(START.plus(Duration.ofMinutes(80 * 48 * 60 / 100)));

        panel.restoreMains();
        assertThat(house.codes()).containsExactly("AT00", "YT00", "AR00", "YR00");
    }

    @Test
    void shortOutageRestoresMainsWithoutBatteryReports() {
        panel.cutMains();
        house.pass(Duration.ofHours(2));
        panel.restoreMains();

        assertThat(house.codes()).containsExactly("AT00", "AR00");
        assertThat(panel.mainsOn()).isTrue();
    }

    @Test
    void batteryRechargesOnMainsAndStaysEmptyAtWorst() {
        panel.cutMains();
        house.pass(Duration.ofHours(100));
        assertThat(panel.batteryPercent()).isZero();

        panel.restoreMains();
        house.pass(Duration.ofHours(12));
        assertThat(panel.batteryPercent()).isCloseTo(50.0, within(0.01));
    }

    @Test
    void batteryLowIsReportedOncePerOutage() {
        panel.cutMains();
        house.pass(Duration.ofHours(47));
        house.pass(Duration.ofHours(10));

        assertThat(house.codes()).containsExactly("AT00", "YT00");
    }
}
