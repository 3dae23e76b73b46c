package org.vaka.server.signals;

import java.time.Instant;

/** A row of the signal log as the stages after the log read it: whose it is and what it said. */
public record LoggedSignal(long id, long tenantId, long accountId, String account, String code, String meaning,
                           String category, boolean restore, String zone, String user, Instant receivedAt) {
}
