package org.vaka.server.devices.internal;

/** Where the server's own MQTT client connects, and as whom. */
record BrokerEndpoint(String url, String username, char[] password, boolean embedded) {

    @Override
    public String toString() {
        return "BrokerEndpoint[" + url + " as " + username + (embedded ? ", embedded" : "") + "]"; // no password
    }
}
