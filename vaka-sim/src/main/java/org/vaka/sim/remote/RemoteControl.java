package org.vaka.sim.remote;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.vaka.protocol.mqtt.CommandType;
import org.vaka.protocol.mqtt.PanelCommand;
import org.vaka.protocol.mqtt.PanelCommandResult;
import org.vaka.protocol.mqtt.PanelStatus;
import org.vaka.protocol.mqtt.Refusal;
import org.vaka.sim.panel.AlarmPanel;
import org.vaka.sim.panel.CommandResult;
import org.vaka.sim.panel.CommunicationPath;
import org.vaka.sim.panel.DoorLock;
import org.vaka.sim.panel.PanelDevices;
import org.vaka.sim.panel.SmartPlug;

/**
 * What the panel does with a command that comes from afar (the receiving centre's app, Home Assistant): the alarm
 * commands go to the {@link AlarmPanel} as if typed on its keypad, the device commands to the plugs and locks
 * enrolled at it. Every answer echoes the command's id. Not thread-safe, like the panel it drives.
 */
public final class RemoteControl {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

    private final AlarmPanel panel;
    private final PanelDevices devices;

    public RemoteControl(AlarmPanel panel, PanelDevices devices) {
        this.panel = Objects.requireNonNull(panel, "panel");
        this.devices = Objects.requireNonNull(devices, "devices");
    }

    public PanelCommandResult carryOut(PanelCommand command) {
        String id = command.id();
        CommandType type = typeOf(command.type());
        if (type == null) {
            return PanelCommandResult.refused(id, Refusal.INVALID_COMMAND, "unknown command type '" + command.type()
                    + "'; the panel knows " + Arrays.toString(CommandType.values()));
        }
        if (type.needsTarget() && (command.target() == null || command.target().isBlank())) {
            return PanelCommandResult.refused(id, Refusal.INVALID_COMMAND, type + " needs a target: the "
                    + (type.forPlug() ? "plug" : "lock") + "'s id");
        }
        return switch (type) {
            case ARM_AWAY, ARM_HOME, DISARM -> alarm(id, type, command.code());
            case PLUG_ON, PLUG_OFF -> plug(id, type, command.target());
            case LOCK, UNLOCK -> lock(id, type, command.target(), command.code());
        };
    }

    private static CommandType typeOf(String name) {
        if (name == null) {
            return null;
        }
        // Home Assistant's own payloads are upper case, but a hand-written template may not be
        try {
            return CommandType.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private PanelCommandResult alarm(String id, CommandType type, String code) {
        PanelCommandResult badCode = codeProblem(id, type, code);
        if (badCode != null) {
            return badCode;
        }
        CommandResult result = switch (type) {
            case ARM_AWAY -> panel.armAway(code);
            case ARM_HOME -> panel.armHome(code);
            default -> panel.disarm(code);
        };
        if (result.accepted()) {
            return PanelCommandResult.done(id);
        }
        return switch (result.refusal()) {
            case WRONG_CODE -> PanelCommandResult.refused(id, Refusal.WRONG_CODE, result.reason());
            case NOT_ALLOWED -> PanelCommandResult.refused(id, Refusal.NOT_ALLOWED, result.reason());
            case NOT_READY -> PanelCommandResult.notReady(id, result.reason(), result.openZones().stream()
                    .map(n -> new PanelStatus.OpenZone(n, panel.zone(n).name())).toList());
        };
    }

    private PanelCommandResult plug(String id, CommandType type, String target) {
        SmartPlug plug = devices.plug(target).orElse(null);
        if (plug == null) {
            return unknownDevice(id, "plug", target, devices.plugs().stream().map(SmartPlug::id).toList());
        }
        // The plugs hang off the home network; on GSM alone the panel cannot reach them.
        if (!panel.pathUp(CommunicationPath.ETHERNET)) {
            return PanelCommandResult.refused(id, Refusal.ETHERNET_REQUIRED,
                    "smart plugs need the panel on Ethernet; it is on GSM only");
        }
        plug.switchTo(type == CommandType.PLUG_ON);
        return PanelCommandResult.done(id);
    }

    private PanelCommandResult lock(String id, CommandType type, String target, String code) {
        DoorLock lock = devices.lock(target).orElse(null);
        if (lock == null) {
            return unknownDevice(id, "lock", target, devices.locks().stream().map(DoorLock::id).toList());
        }
        if (type == CommandType.LOCK) {
            lock.lock(); // locking a door needs no code, as on the lock's own keypad
            return PanelCommandResult.done(id);
        }
        PanelCommandResult badCode = codeProblem(id, type, code);
        if (badCode != null) {
            return badCode;
        }
        if (!panel.knowsCode(code)) {
            return PanelCommandResult.refused(id, Refusal.WRONG_CODE, "wrong code");
        }
        lock.unlock();
        return PanelCommandResult.done(id);
    }

    private static PanelCommandResult codeProblem(String id, CommandType type, String code) {
        if (code == null || code.isBlank()) {
            return PanelCommandResult.refused(id, Refusal.CODE_REQUIRED, type + " needs a user code");
        }
        if (!SIX_DIGITS.matcher(code).matches()) {
            return PanelCommandResult.refused(id, Refusal.WRONG_CODE, "wrong code: codes are 6 digits");
        }
        return null;
    }

    private static PanelCommandResult unknownDevice(String id, String kind, String target, List<String> known) {
        String there = known.isEmpty() ? "it has no " + kind + "s" : kind + "s here: " + String.join(", ", known);
        return PanelCommandResult.refused(id, Refusal.UNKNOWN_DEVICE, "no " + kind + " '" + target
                + "' at this panel; " + there);
    }
}
