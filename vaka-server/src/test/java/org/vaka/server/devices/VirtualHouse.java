package org.vaka.server.devices;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.netty.channel.EventLoopGroup;
import org.vaka.protocol.mqtt.PanelCommand;
import org.vaka.protocol.mqtt.PanelCommandResult;
import org.vaka.protocol.mqtt.PanelStatus;
import org.vaka.sim.mqtt.BrokerAddress;
import org.vaka.sim.mqtt.ControlledPanel;
import org.vaka.sim.mqtt.LinkObserver;
import org.vaka.sim.mqtt.PanelBrokerLink;
import org.vaka.sim.panel.AlarmPanel;
import org.vaka.sim.panel.CommunicationPath;
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

/**
 * A virtual panel from vaka-sim, whole: the alarm panel's behaviour, its plug and lock, and its own MQTT link.
 * The test changes the house (opens a door, cuts a cable) the way life would, and the panel tells the broker.
 */
final class VirtualHouse implements ControlledPanel, AutoCloseable {

    static final String CODE = "123456";

    private final AlarmPanel panel;
    private final PanelDevices devices = new PanelDevices()
            .add(new SmartPlug("p1", "Coffee maker")).add(new DoorLock("front", "Front door"));
    private final RemoteControl remote;
    private final Clock clock = Clock.systemUTC();
    private final PanelBrokerLink link;

    VirtualHouse(EventLoopGroup group, String host, int port, String account, String password) {
        List<Zone> zones = List.of(new Zone(1, "Front door", ZoneType.DOOR), new Zone(2, "Hall", ZoneType.MOTION_CAMERA));
        // No exit delay: armed_away is the confirmed state at once.
        panel = new AlarmPanel(clock, new PanelTiming(Duration.ZERO, Duration.ofSeconds(30), Duration.ofHours(48)), zones,
                new PanelUsers().add(new User(1, "Owner", CODE)), report -> { });
        remote = new RemoteControl(panel, devices);
        link = new PanelBrokerLink(group, new BrokerAddress(host, port), account, password, this, LinkObserver.NONE);
        link.start();
    }

    PanelBrokerLink link() {
        return link;
    }

    @Override
    public synchronized PanelStatus status() {
        panel.tick();
        return StatusSnapshot.of(panel, devices, clock);
    }

    @Override
    public synchronized PanelCommandResult carryOut(PanelCommand command) {
        panel.tick();
        return remote.carryOut(command);
    }

    void openDoor() {
        synchronized (this) {
            panel.openZone(1);
        }
        link.statusMayHaveChanged();
    }

    void cut(CommunicationPath path) {
        synchronized (this) {
            panel.cutPath(path);
        }
        reachability();
    }

    void restore(CommunicationPath path) {
        synchronized (this) {
            panel.restorePath(path);
        }
        reachability();
    }

    private void reachability() {
        boolean up;
        synchronized (this) {
            up = panel.pathUp(CommunicationPath.ETHERNET) || panel.pathUp(CommunicationPath.GSM);
        }
        link.reachable(up);
        link.statusMayHaveChanged();
    }

    @Override
    public void close() {
        link.close().join();
    }
}
