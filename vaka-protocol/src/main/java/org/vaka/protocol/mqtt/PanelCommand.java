package org.vaka.protocol.mqtt;

/**
 * One command to a panel, as JSON on {@link PanelTopics#command()}:
 * {@code {"id":"…","type":"ARM_AWAY","target":null,"code":"123456"}}.
 *
 * @param id     chosen by the sender, echoed in the {@link PanelCommandResult}; may be null (Home Assistant)
 * @param type   one of {@link CommandType}'s names
 * @param target the plug or lock id for device commands; null for the alarm
 * @param code   the user's 6-digit code where the command needs one (disarm, unlock; arming when the panel asks)
 */
public record PanelCommand(String id, String type, String target, String code) {

    @Override
    public String toString() {
        return "PanelCommand[" + id + " " + type + (target == null ? "" : " " + target) + "]"; // never the code
    }
}
