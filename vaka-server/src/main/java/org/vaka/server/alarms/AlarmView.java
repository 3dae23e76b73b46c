package org.vaka.server.alarms;

import java.time.Instant;

/** One alarm as the queue and the handling view show it. */
public record AlarmView(long id, long siteId, String account, AlarmKind kind, int priority, AlarmStatus status,
                        String code, String meaning, String zone, int signalCount, boolean restored,
                        Instant raisedAt, Instant lastSignalAt, String takenBy, Instant takenAt, String closedBy,
                        Instant closedAt, String resolution) {

    /** The API's name for the kind, as integrations know it. */
    @com.fasterxml.jackson.annotation.JsonProperty("category")
    public AlarmKind category() {
        return kind;
    }

    /** The API's name for when the alarm was raised. */
    @com.fasterxml.jackson.annotation.JsonProperty("openedAt")
    public Instant openedAt() {
        return raisedAt;
    }
}
