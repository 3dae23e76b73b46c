package org.vaka.server.signals;

import java.time.Instant;

/** One row of the signal log, as the API and the console show it. */
public record StoredSignal(long id, String account, String sequence, String token, boolean encrypted,
                           String receiver, String line, String path, String transport, String remoteAddress,
                           String code, String meaning, String category, boolean restore, boolean known,
                           String zone, String user, String area, int eventCount, String data, String extended,
                           Instant panelTime, Instant receivedAt) {
}
