package org.vaka.sim.fleet;

import java.util.Objects;

import org.vaka.protocol.dc09.AesKey;

/**
 * One panel of a fleet: its account, its DC-09 key (null for plain SIA-DCS) and its MQTT broker password.
 */
public record FleetPanel(String account, AesKey key, String brokerPassword) {

    public FleetPanel {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(brokerPassword, "brokerPassword");
    }

    @Override
    public String toString() {
        return "FleetPanel[" + account + (key == null ? ", plain" : ", AES") + "]"; // never the key or password
    }
}
