package org.vaka.sim.remote;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.vaka.sim.panel.AlarmPanel;
import org.vaka.sim.panel.DoorLock;
import org.vaka.sim.panel.PanelDevices;
import org.vaka.sim.panel.PanelTiming;
import org.vaka.sim.panel.PanelUsers;
import org.vaka.sim.panel.SmartPlug;
import org.vaka.sim.panel.User;
import org.vaka.sim.panel.Zone;
import org.vaka.sim.panel.ZoneType;

/** A house with two plugs, one lock and a camera detector, on a clock the test moves. */
final class Household {

    static final Instant START = Instant.parse("2026-02-01T07:30:00Z");
    static final String CODE = "123456";
    static final String DURESS = "999999";

    final org.vaka.sim.panel.MutableClock clock = new org.vaka.sim.panel.MutableClock(START);
    final PanelDevices devices = new PanelDevices()
            .add(new SmartPlug("p1", "Coffee maker"))
            .add(new SmartPlug("p2", "Hall lamp"))
            .add(new DoorLock("front", "Front door"));
    final AlarmPanel panel = new AlarmPanel(clock, PanelTiming.DEFAULT, List.of(
            new Zone(1, "Front door", ZoneType.DOOR),
            new Zone(2, "Kitchen window", ZoneType.WINDOW),
            new Zone(3, "Hall", ZoneType.MOTION),
            new Zone(4, "Living room", ZoneType.MOTION_CAMERA)),
            new PanelUsers().add(new User(1, "Anna", CODE)).duress(new User(9, "Duress", DURESS)),
            report -> { });
    final RemoteControl remote = new RemoteControl(panel, devices);

    void pass(Duration duration) {
        clock.advance(duration);
        panel.tick();
    }
}
