package org.vaka.sim.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vaka.sim.panel.TestHouse.ANNA;
import static org.vaka.sim.panel.TestHouse.DURESS;
import static org.vaka.sim.panel.TestHouse.FRONT_DOOR;
import static org.vaka.sim.panel.TestHouse.HALL_MOTION;
import static org.vaka.sim.panel.TestHouse.KITCHEN_WINDOW;
import static org.vaka.sim.panel.TestHouse.LIVING_ROOM_CAMERA;
import static org.vaka.sim.panel.TestHouse.PANIC_BUTTON;
import static org.vaka.sim.panel.TestHouse.SMOKE;
import static org.vaka.sim.panel.TestHouse.START;

import org.junit.jupiter.api.Test;

class AlarmTest {

    private final TestHouse house = new TestHouse();
    private final AlarmPanel panel = house.panel;

    @Test
    void entryDoorNotDisarmedInTimeTriggersABurglaryAlarmForTheDoor() {
        house.armAwayAndWaitOut();
        panel.openZone(FRONT_DOOR);
        assertThat(panel.state()).isEqualTo(ArmingState.PENDING);

        house.passSeconds(29);
        assertThat(house.codes()).containsExactly("CL01");

        house.passSeconds(1);
        assertThat(panel.state()).isEqualTo(ArmingState.TRIGGERED);
        assertThat(house.codes()).containsExactly("CL01", "BA01");
        assertThat(house.reports.getLast().time()).isEqualTo(START.plusSeconds(60));
    }

    @Test
    void disarmWithinTheEntryDelayGivesOpeningAndNoAlarm() {
        house.armAwayAndWaitOut();
        panel.openZone(FRONT_DOOR);
        house.passSeconds(20);

        assertThat(panel.disarm(ANNA).accepted()).isTrue();
        house.passSeconds(60);

        assertThat(panel.state()).isEqualTo(ArmingState.DISARMED);
        assertThat(house.codes()).containsExactly("CL01", "OP01");
    }

    @Test
    void interiorMotionDuringTheEntryDelayIsAllowedButAWindowIsNot() {
        house.armAwayAndWaitOut();
        panel.openZone(FRONT_DOOR);
        panel.openZone(KITCHEN_WINDOW);

        assertThat(panel.state()).isEqualTo(ArmingState.TRIGGERED);
        assertThat(house.codes()).containsExactly("CL01", "BA02");
        house.passSeconds(60);
        assertThat(house.codes()).containsExactly("CL01", "BA02");
    }

    @Test
    void instantZoneAlarmsAtOnceAndRestoresWhenItCloses() {
        house.armAwayAndWaitOut();
        panel.intrude(HALL_MOTION);

        assertThat(panel.state()).isEqualTo(ArmingState.TRIGGERED);
        assertThat(house.codes()).containsExactly("CL01", "BA03", "BR03");
    }

    @Test
    void latchedEntryAlarmRestoresWithTheDisarm() {
        house.armAwayAndWaitOut();
        panel.intrude(FRONT_DOOR);
        house.passSeconds(30);
        panel.disarm(ANNA);

        assertThat(house.codes()).containsExactly("CL01", "BA01", "OP01", "BR01");
    }

    @Test
    void duressDisarmLooksNormalButReportsDuress() {
        house.armAwayAndWaitOut();
        panel.openZone(FRONT_DOOR);

        CommandResult result = panel.disarm(DURESS);

        assertThat(result.accepted()).isTrue();
        assertThat(panel.state()).isEqualTo(ArmingState.DISARMED);
        assertThat(house.codes()).containsExactly("CL01", "ND01", "OP09");
        assertThat(house.reports).extracting(PanelReport::event).doesNotContain(ReportedEvent.BURGLARY);
    }

    @Test
    void armHomeIgnoresInteriorMotionButAlarmsOnAPerimeterDoor() {
        panel.armHome(ANNA);
        house.passSeconds(30);

        panel.intrude(HALL_MOTION);
        panel.intrude(LIVING_ROOM_CAMERA);
        assertThat(panel.state()).isEqualTo(ArmingState.ARMED_HOME);

        panel.openZone(FRONT_DOOR);
        house.passSeconds(30);
        assertThat(panel.state()).isEqualTo(ArmingState.TRIGGERED);
        assertThat(house.codes()).containsExactly("NL01", "BA01");
    }

    @Test
    void smokeAlarmsWhileDisarmedAndRestoresWhenClear() {
        panel.openZone(SMOKE);
        panel.closeZone(SMOKE);

        assertThat(panel.state()).isEqualTo(ArmingState.DISARMED);
        assertThat(house.codes()).containsExactly("FA05", "FR05");
    }

    @Test
    void panicAlarmsInAnyStateAndAnOpenSmokeDetectorDoesNotBlockArming() {
        panel.openZone(PANIC_BUTTON);
        panel.openZone(SMOKE);
        assertThat(panel.armAway(ANNA).accepted()).isTrue();
        house.passSeconds(30);

        assertThat(house.codes()).containsExactly("PA06", "FA05", "CL01");
    }

    @Test
    void tamperAndJammingReportAndRestoreOnce() {
        panel.tamper(4);
        panel.tamper(4);
        panel.restoreTamper(4);
        panel.jam();
        panel.jam();
        panel.unjam();

        assertThat(house.codes()).containsExactly("TA04", "TR04", "XQ00", "XH00");
        assertThat(panel.state()).isEqualTo(ArmingState.DISARMED);
    }

    @Test
    void cameraDetectorReportsTheRoomTemperature() {
        panel.zone(LIVING_ROOM_CAMERA).setTemperatureCelsius(19.5);

        assertThat(panel.zone(LIVING_ROOM_CAMERA).temperatureCelsius()).isEqualTo(19.5);
        assertThat(panel.zone(LIVING_ROOM_CAMERA).perimeter()).isFalse();
        assertThat(panel.zone(FRONT_DOOR).perimeter()).isTrue();
    }
}
