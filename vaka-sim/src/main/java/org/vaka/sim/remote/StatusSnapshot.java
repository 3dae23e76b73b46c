package org.vaka.sim.remote;

import java.time.Clock;
import java.util.List;

import org.vaka.protocol.mqtt.PanelStatus;
import org.vaka.sim.panel.AlarmPanel;
import org.vaka.sim.panel.ArmingState;
import org.vaka.sim.panel.CommunicationPath;
import org.vaka.sim.panel.PanelDevices;
import org.vaka.sim.panel.Zone;
import org.vaka.sim.panel.ZoneType;

/** Everything the panel tells about itself, read off the panel and its devices at one moment of its clock. */
public final class StatusSnapshot {

    private StatusSnapshot() {
    }

    /** @param clock the panel's own clock, so the status carries the panel's time rather than ours */
    public static PanelStatus of(AlarmPanel panel, PanelDevices devices, Clock clock) {
        List<Zone> zones = panel.zones();
        return new PanelStatus(
                homeAssistantState(panel.state()),
                panel.mainsOn(),
                (int) Math.round(panel.batteryPercent()),
                new PanelStatus.Paths(panel.pathUp(CommunicationPath.ETHERNET), panel.pathUp(CommunicationPath.GSM)),
                zones.stream().filter(Zone::isOpen).map(z -> new PanelStatus.OpenZone(z.number(), z.name())).toList(),
                devices.plugs().stream().map(p -> new PanelStatus.Plug(p.id(), p.name(), p.isOn())).toList(),
                devices.locks().stream().map(l -> new PanelStatus.Lock(l.id(), l.name(),
                        l.isLocked() ? "LOCKED" : "UNLOCKED")).toList(),
                zones.stream().filter(z -> z.type() == ZoneType.MOTION_CAMERA)
                        .map(z -> new PanelStatus.Temperature(z.number(), z.name(), tenths(z.temperatureCelsius())))
                        .toList(),
                clock.instant().toString());
    }

    /** The state names of Home Assistant's alarm control panel, which the whole MQTT contract speaks. */
    public static String homeAssistantState(ArmingState state) {
        return switch (state) {
            case DISARMED -> "disarmed";
            case ARMING -> "arming";
            case ARMED_AWAY -> "armed_away";
            case ARMED_HOME -> "armed_home";
            case PENDING -> "pending";
            case TRIGGERED -> "triggered";
        };
    }

    /** A thermometer shows tenths; more digits would only be noise from adding doubles. */
    private static double tenths(double celsius) {
        return Math.round(celsius * 10) / 10.0;
    }
}
