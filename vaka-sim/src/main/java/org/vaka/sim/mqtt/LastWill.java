package org.vaka.sim.mqtt;

import java.util.Objects;

/**
 * What the broker publishes for a client whose connection dies without a DISCONNECT. Always retained and QoS 1,
 * because it is the availability a newcomer must find.
 */
public record LastWill(String topic, String message) {

    public LastWill {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(message, "message");
    }
}
