package org.vaka.sim.mqtt;

import java.util.Locale;
import java.util.Optional;

import io.netty.handler.codec.mqtt.MqttConnectReturnCode;

/**
 * The broker answered but would not have us: a CONNACK with a refusal (most often a wrong user name or password),
 * or a SUBACK that failed a subscription (an ACL that does not let the client read its topics).
 */
public final class BrokerRefusedException extends Exception {

    private final MqttConnectReturnCode returnCode;

    BrokerRefusedException(String clientId, MqttConnectReturnCode returnCode) {
        super("the broker refused " + clientId + ": " + words(returnCode) + " (CONNACK return code "
                + (returnCode.byteValue() & 0xFF) + ")");
        this.returnCode = returnCode;
    }

    BrokerRefusedException(String clientId, String topic) {
        super("the broker refused " + clientId + " the subscription to " + topic);
        this.returnCode = null;
    }

    /** The CONNACK's return code; empty when a subscription was refused. */
    public Optional<MqttConnectReturnCode> returnCode() {
        return Optional.ofNullable(returnCode);
    }

    private static String words(MqttConnectReturnCode code) {
        return switch (code) {
            case CONNECTION_REFUSED_BAD_USER_NAME_OR_PASSWORD, CONNECTION_REFUSED_BAD_USERNAME_OR_PASSWORD ->
                    "bad user name or password";
            case CONNECTION_REFUSED_NOT_AUTHORIZED, CONNECTION_REFUSED_NOT_AUTHORIZED_5 -> "not authorized";
            case CONNECTION_REFUSED_IDENTIFIER_REJECTED, CONNECTION_REFUSED_CLIENT_IDENTIFIER_NOT_VALID ->
                    "client id rejected";
            case CONNECTION_REFUSED_SERVER_UNAVAILABLE, CONNECTION_REFUSED_SERVER_UNAVAILABLE_5 -> "server unavailable";
            case CONNECTION_REFUSED_UNACCEPTABLE_PROTOCOL_VERSION -> "MQTT 3.1.1 not accepted";
            default -> code.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }
}
