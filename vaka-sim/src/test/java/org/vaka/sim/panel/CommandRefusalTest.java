package org.vaka.sim.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vaka.sim.panel.TestHouse.ANNA;
import static org.vaka.sim.panel.TestHouse.KITCHEN_WINDOW;

import org.junit.jupiter.api.Test;

/** Refusals carry their kind, so whoever relays them need not read the keypad text. */
class CommandRefusalTest {

    private final TestHouse house = new TestHouse();
    private final AlarmPanel panel = house.panel;

    @Test
    void acceptedCommandsCarryNoRefusal() {
        CommandResult result = panel.armAway(ANNA);

        assertThat(result.accepted()).isTrue();
        assertThat(result.refusal()).isNull();
    }

    @Test
    void aCodeOfNobodyIsWrongCode() {
        assertThat(panel.armAway("000000").refusal()).isEqualTo(CommandRefusal.WRONG_CODE);
        assertThat(panel.armHome(null).refusal()).isEqualTo(CommandRefusal.WRONG_CODE);
        assertThat(panel.disarm("111111").refusal()).isEqualTo(CommandRefusal.WRONG_CODE);
    }

    @Test
    void openZonesMakeItNotReady() {
        panel.openZone(KITCHEN_WINDOW);

        CommandResult result = panel.armHome(ANNA);

        assertThat(result.refusal()).isEqualTo(CommandRefusal.NOT_READY);
        assertThat(result.openZones()).containsExactly(KITCHEN_WINDOW);
    }

    @Test
    void armingWhenArmedAndDisarmingWhenDisarmedAreNotAllowed() {
        CommandResult disarm = panel.disarm(ANNA);
        assertThat(disarm.refusal()).isEqualTo(CommandRefusal.NOT_ALLOWED);
        assertThat(disarm.reason()).isEqualTo("already disarmed");

        house.armAwayAndWaitOut();
        CommandResult arm = panel.armHome(ANNA);
        assertThat(arm.refusal()).isEqualTo(CommandRefusal.NOT_ALLOWED);
        assertThat(arm.reason()).isEqualTo("already armed_away");
    }

    @Test
    void knowsEveryUsersCodeTheDuressOneIncluded() {
        assertThat(panel.knowsCode(ANNA)).isTrue();
        assertThat(panel.knowsCode(TestHouse.DURESS)).isTrue();
        assertThat(panel.knowsCode("000000")).isFalse();
        assertThat(panel.knowsCode(null)).isFalse();
    }
}
