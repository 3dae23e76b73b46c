package org.vaka.sim.mqtt;

import java.util.Objects;

/**
 * Who a connection says it is. User name and password may be null for an anonymous broker.
 */
public record BrokerLogin(String clientId, String username, String password) {

    public BrokerLogin {
        Objects.requireNonNull(clientId, "clientId");
        if (clientId.isEmpty()) {
            throw new IllegalArgumentException("a client id must not be empty: clean sessions still need one");
        }
        if (password != null && username == null) {
            throw new IllegalArgumentException("MQTT 3.1.1 sends a password only with a user name");
        }
    }

    @Override
    public String toString() {
        return "BrokerLogin[" + clientId + " as " + username + "]"; // never the password
    }
}
