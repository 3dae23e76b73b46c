package org.vaka.sim.mqtt;

/** What the owner of a {@link BrokerConnection} is told. Called on the connection's event loop. */
public interface SessionListener {

    /**
     * The broker accepted the connection and the subscriptions are on their way: the moment to announce oneself.
     * Publishes made here go out after the SUBSCRIBE, so whoever sees them can already reach the client.
     */
    default void accepted(BrokerConnection connection) {
    }

    /** A message on one of the subscriptions; the payload is the listener's to keep. */
    void messageArrived(String topic, byte[] payload, boolean retained);
}
