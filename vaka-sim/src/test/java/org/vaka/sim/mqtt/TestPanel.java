package org.vaka.sim.mqtt;

import java.time.Clock;
import java.util.List;

import org.vaka.protocol.mqtt.PanelCommand;
import org.vaka.protocol.mqtt.PanelCommandResult;
import org.vaka.protocol.mqtt.PanelStatus;
import org.vaka.sim.panel.AlarmPanel;
import org.vaka.sim.panel.DoorLock;
import org.vaka.sim.panel.PanelDevices;
import org.vaka.sim.panel.PanelTiming;
import org.vaka.sim.panel.PanelUsers;
import org.vaka.sim.panel.SmartPlug;
import org.vaka.sim.panel.User;
import org.vaka.sim.panel.Zone;
import org.vaka.sim.panel.ZoneType;
import org.vaka.sim.remote.RemoteControl;
import org.vaka.sim.remote.StatusSnapshot;

/** A panel with a plug, a lock and a camera, its access serialised the way a fleet house does it. */
final class TestPanel implements ControlledPanel {

    static final String CODE = "123456";

    final Clock clock = Clock.systemUTC();
    final PanelDevices devices = new PanelDevices()
            .add(new SmartPlug("p1", "Coffee maker"))
            .add(new DoorLock("front", "Front door"));
    final AlarmPanel panel = new AlarmPanel(clock, PanelTiming.DEFAULT, List.of(
            new Zone(1, "Front door", ZoneType.DOOR),
            new Zone(2, "Hall", ZoneType.MOTION_CAMERA)),
            new PanelUsers().add(new User(1, "Anna", CODE)), report -> { });
    private final RemoteControl remote = new RemoteControl(panel, devices);
    volatile RuntimeException failure;

    @Override
    public synchronized PanelStatus status() {
        return StatusSnapshot.of(panel, devices, clock);
    }

    @Override
    public synchronized PanelCommandResult carryOut(PanelCommand command) {
        if (failure != null) {
            throw failure;
        }
        return remote.carryOut(command);
    }

    synchronized void change(Runnable change) {
        change.run();
    }
}
