package org.vaka.sim.fleet;

/**
 * A command as the server's API tells it.
 *
 * @param status          {@code pending}, {@code succeeded} or {@code failed}
 * @param refusal         for a failed command, the {@link org.vaka.protocol.mqtt.Refusal} name
 * @param roundTripMillis from publishing the command to the panel's result arriving, as the server measured it;
 *                        null while pending or when no result came
 */
record CommandOutcome(String status, String refusal, String reason, Long roundTripMillis) {

    boolean pending() {
        return "pending".equals(status);
    }

    boolean succeeded() {
        return "succeeded".equals(status);
    }
}
