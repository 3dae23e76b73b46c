package org.vaka.sim.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PanelDevicesTest {

    @Test
    void aPanelDrivesAtMostTwoLocks() {
        PanelDevices devices = new PanelDevices()
                .add(new DoorLock("front", "Front door"))
                .add(new DoorLock("back", "Back door"));

        assertThatThrownBy(() -> devices.add(new DoorLock("garage", "Garage door")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 2 locks");
        assertThat(devices.locks()).extracting(DoorLock::id).containsExactly("front", "back");
    }

    @Test
    void idsAreUniquePerKind() {
        PanelDevices devices = new PanelDevices().add(new SmartPlug("p1", "Coffee maker"));

        assertThatThrownBy(() -> devices.add(new SmartPlug("p1", "Lamp"))).isInstanceOf(IllegalArgumentException.class);
        devices.add(new DoorLock("front", "Front door"));
        assertThatThrownBy(() -> devices.add(new DoorLock("front", "Other"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anIdMustFitInATopicLevel() {
        assertThatThrownBy(() -> new SmartPlug("p/1", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DoorLock("#", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SmartPlug("", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void plugsStartOffAndLocksLocked() {
        SmartPlug plug = new SmartPlug("p1", "Coffee maker");
        DoorLock lock = new DoorLock("front", "Front door");
        PanelDevices devices = new PanelDevices().add(plug).add(lock);

        assertThat(plug.isOn()).isFalse();
        assertThat(lock.isLocked()).isTrue();
        plug.switchTo(true);
        lock.unlock();
        assertThat(devices.plug("p1")).get().extracting(SmartPlug::isOn).isEqualTo(true);
        assertThat(devices.lock("front")).get().extracting(DoorLock::isLocked).isEqualTo(false);
        assertThat(devices.plug("p2")).isEmpty();
    }
}
