package org.vaka.sim.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vaka.sim.remote.Household.CODE;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.vaka.protocol.mqtt.PanelStatus;
import org.vaka.sim.panel.ArmingState;
import org.vaka.sim.panel.CommunicationPath;

class StatusSnapshotTest {

    private final Household house = new Household();

    private PanelStatus status() {
        return StatusSnapshot.of(house.panel, house.devices, house.clock);
    }

    @Test
    void armingStatesAreHomeAssistantsNames() {
        assertThat(StatusSnapshot.homeAssistantState(ArmingState.DISARMED)).isEqualTo("disarmed");
        assertThat(StatusSnapshot.homeAssistantState(ArmingState.ARMING)).isEqualTo("arming");
        assertThat(StatusSnapshot.homeAssistantState(ArmingState.ARMED_AWAY)).isEqualTo("armed_away");
        assertThat(StatusSnapshot.homeAssistantState(ArmingState.ARMED_HOME)).isEqualTo("armed_home");
        assertThat(StatusSnapshot.homeAssistantState(ArmingState.PENDING)).isEqualTo("pending");
        assertThat(StatusSnapshot.homeAssistantState(ArmingState.TRIGGERED)).isEqualTo("triggered");
    }

    @Test
    void aQuietHouse() {
        PanelStatus status = status();

        assertThat(status).isEqualTo(new PanelStatus("disarmed", true, 100, new PanelStatus.Paths(true, true),
                java.util.List.of(),
                java.util.List.of(new PanelStatus.Plug("p1", "Coffee maker", false),
                        new PanelStatus.Plug("p2", "Hall lamp", false)),
                java.util.List.of(new PanelStatus.Lock("front", "Front door", "LOCKED")),
                java.util.List.of(new PanelStatus.Temperature(4, "Living room", 21.0)),
                "2026-02-01T07:30:00Z"));
    }

    @Test
    void followsThePanelThroughTheDay() {
        house.panel.armAway(CODE);
        assertThat(status().arming()).isEqualTo("arming");
        house.pass(Duration.ofSeconds(30));
        assertThat(status().arming()).isEqualTo("armed_away");
        house.panel.openZone(1);
        assertThat(status().arming()).isEqualTo("pending");
        assertThat(status().openZones()).containsExactly(new PanelStatus.OpenZone(1, "Front door"));
        house.panel.openZone(3);
        assertThat(status().arming()).isEqualTo("triggered");
        assertThat(status().at()).isEqualTo("2026-02-01T07:30:30Z");
    }

    @Test
    void powerPathsDevicesAndTemperature() {
        house.panel.cutMains();
        house.pass(Duration.ofMinutes(43)); // 48 h battery: 43 min is 1.49 %, so 98.5 % left
        house.panel.cutPath(CommunicationPath.ETHERNET);
        house.devices.plug("p2").orElseThrow().switchTo(true);
        house.devices.lock("front").orElseThrow().unlock();
        house.panel.zone(4).setTemperatureCelsius(19.349999999);

        PanelStatus status = status();

        assertThat(status.mains()).isFalse();
        assertThat(status.battery()).isEqualTo(99);
        assertThat(status.paths()).isEqualTo(new PanelStatus.Paths(false, true));
        assertThat(status.plugs()).extracting(PanelStatus.Plug::on).containsExactly(false, true);
        assertThat(status.locks()).extracting(PanelStatus.Lock::state).containsExactly("UNLOCKED");
        assertThat(status.temperatures()).containsExactly(new PanelStatus.Temperature(4, "Living room", 19.3));
    }
}
