package org.vaka.server.alarms;

import java.time.Instant;

/** One line of an alarm's audit trail: who did what, when. */
public record AlarmAction(long id, Instant at, String actor, String action, String detail) {
}
