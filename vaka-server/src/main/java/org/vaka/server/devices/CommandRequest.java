package org.vaka.server.devices;

/**
 * What a person or tool asks a site's panel to do: {@code type} is a
 * {@link org.vaka.protocol.mqtt.CommandType} name, {@code target} the plug or lock id for device commands,
 * {@code code} the user's 6-digit code where one is needed.
 */
public record CommandRequest(String type, String target, String code) {

    @Override
    public String toString() {
        return "CommandRequest[" + type + (target == null ? "" : " " + target) + "]"; // never the code
    }
}
