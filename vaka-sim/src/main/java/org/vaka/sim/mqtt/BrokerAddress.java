package org.vaka.sim.mqtt;

import java.util.Objects;

/** Where the MQTT broker listens. */
public record BrokerAddress(String host, int port) {

    public BrokerAddress {
        Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1..65535, not " + port);
        }
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
