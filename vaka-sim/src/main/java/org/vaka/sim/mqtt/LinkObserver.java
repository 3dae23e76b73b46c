package org.vaka.sim.mqtt;

/**
 * Hears how a connection fares, e.g. to count a fleet's connected panels or to say once that the broker is away.
 * Called on the connection's event loop: keep it quick and never block.
 */
public interface LinkObserver {

    LinkObserver NONE = new LinkObserver() {
    };

    /** Connected and subscribed: the client can be reached now. */
    default void sessionStarted(String clientId) {
    }

    /**
     * A session that had started is over.
     *
     * @param cause why the line dropped; null when the owner ended it (suspend or close)
     */
    default void sessionEnded(String clientId, Throwable cause) {
    }

    /** The broker answered with a refusal; the connection tries again later. */
    default void refused(String clientId, BrokerRefusedException refusal) {
    }

    /** An attempt failed before a session started: nothing listening, a timeout, the line dropped at once. */
    default void unreachable(String clientId, Throwable cause) {
    }
}
