package org.vaka.sim.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vaka.sim.panel.TestHouse.ANNA;
import static org.vaka.sim.panel.TestHouse.BO;
import static org.vaka.sim.panel.TestHouse.FRONT_DOOR;
import static org.vaka.sim.panel.TestHouse.HALL_MOTION;
import static org.vaka.sim.panel.TestHouse.KITCHEN_WINDOW;
import static org.vaka.sim.panel.TestHouse.START;

import org.junit.jupiter.api.Test;

class ArmingTest {

    private final TestHouse house = new TestHouse();
    private final AlarmPanel panel = house.panel;

    @Test
    void armAwayRunsTheExitDelayThenReportsClosingByTheUser() {
        CommandResult result = panel.armAway(BO);

        assertThat(result.accepted()).isTrue();
        assertThat(panel.state()).isEqualTo(ArmingState.ARMING);
        house.passSeconds(29);
        assertThat(panel.state()).isEqualTo(ArmingState.ARMING);
        assertThat(house.reports).isEmpty();

        house.passSeconds(1);
        assertThat(panel.state()).isEqualTo(ArmingState.ARMED_AWAY);
        assertThat(house.reports).containsExactly(
                new PanelReport(ReportedEvent.CLOSING, 2, CommunicationPath.ETHERNET, START.plusSeconds(30)));
    }

    @Test
    void leavingThroughTheFrontDoorDuringTheExitDelayIsNoAlarm() {
        panel.armAway(ANNA);
        house.passSeconds(10);
        panel.intrude(FRONT_DOOR);
        house.passSeconds(20);

        assertThat(panel.state()).isEqualTo(ArmingState.ARMED_AWAY);
        assertThat(house.codes()).containsExactly("CL01");
    }

    @Test
    void reportsAreStampedWhenTheDelayEndedNotWhenSomeoneLooked() {
        panel.armAway(ANNA);
        house.passSeconds(300);

        assertThat(house.reports.getFirst().time()).isEqualTo(START.plusSeconds(30));
    }

    @Test
    void notReadyNamesTheOpenZonesAndLeavesThePanelDisarmed() {
        panel.openZone(KITCHEN_WINDOW);
        panel.openZone(HALL_MOTION);

        CommandResult result = panel.armAway(ANNA);

        assertThat(result.accepted()).isFalse();
        assertThat(result.openZones()).containsExactly(KITCHEN_WINDOW, HALL_MOTION);
        assertThat(result.reason()).contains("not ready", "2 Kitchen window", "3 Hall");
        assertThat(panel.state()).isEqualTo(ArmingState.DISARMED);
        assertThat(house.reports).isEmpty();
    }

    @Test
    void armHomeIsNotHeldUpByOpenInteriorZonesButIsByOpenPerimeterOnes() {
        panel.openZone(HALL_MOTION);
        assertThat(panel.armHome(ANNA).accepted()).isTrue();
        panel.disarm(ANNA);

        panel.openZone(KITCHEN_WINDOW);
        CommandResult result = panel.armHome(ANNA);
        assertThat(result.accepted()).isFalse();
        assertThat(result.openZones()).containsExactly(KITCHEN_WINDOW);
    }

    @Test
    void wrongCodeIsRefusedForArmingAndDisarming() {
        CommandResult arm = panel.armAway("000000");
        assertThat(arm.accepted()).isFalse();
        assertThat(arm.reason()).isEqualTo("wrong code");
        assertThat(panel.state()).isEqualTo(ArmingState.DISARMED);

        house.armAwayAndWaitOut();
        CommandResult disarm = panel.disarm("111111");
        assertThat(disarm.accepted()).isFalse();
        assertThat(disarm.reason()).isEqualTo("wrong code");
        assertThat(panel.state()).isEqualTo(ArmingState.ARMED_AWAY);
        assertThat(house.codes()).containsExactly("CL01");
    }

    @Test
    void disarmDuringTheExitDelayCancelsWithoutReportingAnything() {
        panel.armAway(ANNA);
        house.passSeconds(5);

        assertThat(panel.disarm(ANNA).accepted()).isTrue();
        house.passSeconds(60);

        assertThat(panel.state()).isEqualTo(ArmingState.DISARMED);
        assertThat(house.reports).isEmpty();
    }

    @Test
    void armHomeReportsPerimeterArmingForTheArea() {
        panel.armHome(ANNA);
        house.passSeconds(30);

        assertThat(panel.state()).isEqualTo(ArmingState.ARMED_HOME);
        assertThat(house.codes()).containsExactly("NL01");
    }

    @Test
    void armingAnArmedPanelIsRefused() {
        house.armAwayAndWaitOut();

        assertThat(panel.armHome(ANNA).accepted()).isFalse();
        assertThat(panel.state()).isEqualTo(ArmingState.ARMED_AWAY);
    }
}
