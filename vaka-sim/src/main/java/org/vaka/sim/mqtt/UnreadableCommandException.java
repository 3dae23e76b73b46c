package org.vaka.sim.mqtt;

/**
 * A payload on the command topic that is no {@link org.vaka.protocol.mqtt.PanelCommand}. The message never quotes
 * the payload, which may hold a user's code.
 */
final class UnreadableCommandException extends Exception {

    private final String commandId;

    UnreadableCommandException(String commandId, String message) {
        super(message);
        this.commandId = commandId;
    }

    /** The id, when the payload was at least a JSON object with one; null otherwise. */
    String commandId() {
        return commandId;
    }
}
