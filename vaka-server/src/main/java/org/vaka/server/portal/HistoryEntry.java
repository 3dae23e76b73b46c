package org.vaka.server.portal;

import java.time.Instant;

/**
 * One line of an alarm system's history.
 *
 * @param kind  {@code ARMING} or {@code ALARM}
 * @param event for arming {@code ARMED_AWAY}, {@code ARMED_HOME} or {@code DISARMED}; for an alarm its kind
 *              ({@code BURGLARY}, {@code FIRE}, ...)
 * @param user  who armed or disarmed, by name when the panel user is known
 */
public record HistoryEntry(long id, Instant at, String kind, String event, String meaning, String user, String zone) {
}
