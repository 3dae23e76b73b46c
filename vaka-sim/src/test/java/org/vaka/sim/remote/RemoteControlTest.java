package org.vaka.sim.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vaka.sim.remote.Household.CODE;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vaka.protocol.mqtt.PanelCommand;
import org.vaka.protocol.mqtt.PanelCommandResult;
import org.vaka.protocol.mqtt.PanelStatus;
import org.vaka.protocol.mqtt.Refusal;
import org.vaka.sim.panel.AlarmPanel;
import org.vaka.sim.panel.ArmingState;
import org.vaka.sim.panel.CommunicationPath;
import org.vaka.sim.panel.PanelDevices;
import org.vaka.sim.panel.SmartPlug;

class RemoteControlTest {

    private final Household house = new Household();
    private final AlarmPanel panel = house.panel;

    private PanelCommandResult send(String type, String target, String code) {
        return house.remote.carryOut(new PanelCommand("c-1", type, target, code));
    }

    private static void assertRefused(PanelCommandResult result, Refusal refusal) {
        assertThat(result.id()).isEqualTo("c-1");
        assertThat(result.ok()).isFalse();
        assertThat(result.refusal()).isEqualTo(refusal.name());
        assertThat(result.message()).isNotBlank();
    }

    // ---- alarm ---------------------------------------------------------------------------------------------------

    @Test
    void armAwayWithTheRightCodeStartsTheExitDelayAndEchoesTheId() {
        PanelCommandResult result = send("ARM_AWAY", null, CODE);

        assertThat(result).isEqualTo(PanelCommandResult.done("c-1"));
        assertThat(panel.state()).isEqualTo(ArmingState.ARMING);
    }

    @Test
    void armHomeAndDisarm() {
        assertThat(send("ARM_HOME", null, CODE).ok()).isTrue();
        house.pass(Duration.ofSeconds(30));
        assertThat(panel.state()).isEqualTo(ArmingState.ARMED_HOME);

        assertThat(send("DISARM", null, CODE).ok()).isTrue();
        assertThat(panel.state()).isEqualTo(ArmingState.DISARMED);
    }

    @Test
    void aMissingCodeIsCodeRequired() {
        assertRefused(send("ARM_AWAY", null, null), Refusal.CODE_REQUIRED);
        assertRefused(send("DISARM", null, " "), Refusal.CODE_REQUIRED);
        assertThat(panel.state()).isEqualTo(ArmingState.DISARMED);
    }

    @Test
    void aCodeOfNobodyIsWrongCode() {
        PanelCommandResult result = send("ARM_HOME", null, "000000");

        assertRefused(result, Refusal.WRONG_CODE);
        assertThat(result.message()).isEqualTo("wrong code");
    }

    @Test
    void aCodeThatIsNotSixDigitsIsWrongCodeAndSaysSo() {
        PanelCommandResult result = send("DISARM", null, "1234");

        assertRefused(result, Refusal.WRONG_CODE);
        assertThat(result.message()).contains("6 digits");
    }

    @Test
    void openZonesMakeItNotReadyWithTheirNumbersAndNames() {
        panel.openZone(2);
        panel.openZone(3);

        PanelCommandResult result = send("ARM_AWAY", null, CODE);

        assertRefused(result, Refusal.NOT_READY);
        assertThat(result.message()).contains("not ready", "2 Kitchen window", "3 Hall");
        assertThat(result.openZones()).containsExactly(new PanelStatus.OpenZone(2, "Kitchen window"),
                new PanelStatus.OpenZone(3, "Hall"));
    }

    @Test
    void armingWhenAlreadyArmingIsNotAllowedWithThePanelsWords() {
        send("ARM_AWAY", null, CODE);

        PanelCommandResult result = send("ARM_HOME", null, CODE);

        assertRefused(result, Refusal.NOT_ALLOWED);
        assertThat(result.message()).isEqualTo("already arming");
    }

    @Test
    void disarmingADisarmedPanelIsNotAllowed() {
        PanelCommandResult result = send("DISARM", null, CODE);

        assertRefused(result, Refusal.NOT_ALLOWED);
        assertThat(result.message()).isEqualTo("already disarmed");
    }

    // ---- what is not a command -----------------------------------------------------------------------------------

    @Test
    void anUnknownOrMissingTypeIsAnInvalidCommand() {
        PanelCommandResult unknown = send("SELF_DESTRUCT", null, CODE);
        assertRefused(unknown, Refusal.INVALID_COMMAND);
        assertThat(unknown.message()).contains("SELF_DESTRUCT", "ARM_AWAY");

        assertRefused(send(null, null, null), Refusal.INVALID_COMMAND);
    }

    @Test
    void aDeviceCommandWithoutTargetIsAnInvalidCommand() {
        PanelCommandResult result = send("PLUG_ON", null, null);

        assertRefused(result, Refusal.INVALID_COMMAND);
        assertThat(result.message()).contains("target");
        assertRefused(send("UNLOCK", "", CODE), Refusal.INVALID_COMMAND);
    }

    @Test
    void typesAreReadWhateverTheirCase() {
        assertThat(send("plug_on", "p1", null).ok()).isTrue();
    }

    // ---- plugs ---------------------------------------------------------------------------------------------------

    @Test
    void plugsSwitchOnAndOffAndSwitchingToTheSameStateIsNoError() {
        assertThat(send("PLUG_ON", "p1", null)).isEqualTo(PanelCommandResult.done("c-1"));
        assertThat(house.devices.plug("p1").orElseThrow().isOn()).isTrue();
        assertThat(send("PLUG_ON", "p1", null).ok()).isTrue();

        assertThat(send("PLUG_OFF", "p1", null).ok()).isTrue();
        assertThat(house.devices.plug("p1").orElseThrow().isOn()).isFalse();
    }

    @Test
    void anUnknownPlugIsUnknownDeviceNamingThoseThatExist() {
        PanelCommandResult result = send("PLUG_ON", "p9", null);

        assertRefused(result, Refusal.UNKNOWN_DEVICE);
        assertThat(result.message()).contains("p9", "p1, p2");
    }

    @Test
    void plugsNeedEthernetButLocksWorkOnGsm() {
        panel.cutPath(CommunicationPath.ETHERNET);

        PanelCommandResult plug = send("PLUG_ON", "p1", null);
        assertRefused(plug, Refusal.ETHERNET_REQUIRED);
        assertThat(plug.message()).isEqualTo("smart plugs need the panel on Ethernet; it is on GSM only");
        assertThat(house.devices.plug("p1").orElseThrow().isOn()).isFalse();

        assertThat(send("UNLOCK", "front", CODE).ok()).isTrue();
        assertThat(send("LOCK", "front", null).ok()).isTrue();
        panel.restorePath(CommunicationPath.ETHERNET);
        assertThat(send("PLUG_ON", "p1", null).ok()).isTrue();
    }

    // ---- locks ---------------------------------------------------------------------------------------------------

    @Test
    void unlockingNeedsAUsersCodeLockingNone() {
        assertThat(send("UNLOCK", "front", CODE).ok()).isTrue();
        assertThat(house.devices.lock("front").orElseThrow().isLocked()).isFalse();

        assertThat(send("LOCK", "front", null).ok()).isTrue();
        assertThat(house.devices.lock("front").orElseThrow().isLocked()).isTrue();
    }

    @Test
    void unlockCodeProblems() {
        assertRefused(send("UNLOCK", "front", null), Refusal.CODE_REQUIRED);
        assertRefused(send("UNLOCK", "front", "000000"), Refusal.WRONG_CODE);
        PanelCommandResult shortCode = send("UNLOCK", "front", "12345");
        assertRefused(shortCode, Refusal.WRONG_CODE);
        assertThat(shortCode.message()).contains("codes are 6 digits");
        assertThat(house.devices.lock("front").orElseThrow().isLocked()).isTrue();
    }

    @Test
    void anUnknownLockIsUnknownDevice() {
        PanelCommandResult result = send("LOCK", "garage", null);

        assertRefused(result, Refusal.UNKNOWN_DEVICE);
        assertThat(result.message()).contains("garage", "front");
    }

    @Test
    void aPanelWithoutLocksSaysSo() {
        RemoteControl remote = new RemoteControl(panel, new PanelDevices().add(new SmartPlug("p1", "Lamp")));

        PanelCommandResult result = remote.carryOut(new PanelCommand(null, "LOCK", "front", null));

        assertThat(result.id()).isNull();
        assertThat(result.refusal()).isEqualTo("UNKNOWN_DEVICE");
        assertThat(result.message()).contains("it has no locks");
        assertThat(result.openZones()).isEqualTo(List.of());
    }
}
