package org.vaka.server.signals;

import java.time.Instant;

/**
 * A frame the receiver has validated and wants made durable. The first event of its data block is
 * kept in columns for the queries; the data block itself is kept whole.
 *
 * @param generated true for signals Vaka makes itself (supervision faults and restores): never duplicates
 */
public record IncomingSignal(long tenantId, long accountId, String account, String sequence, String token,
                             boolean encrypted, String receiver, String line, String path, Transport transport,
                             String remoteAddress, String code, String meaning, String category, boolean restore,
                             boolean known, String zone, String user, String area, int eventCount, String data,
                             String extended, Instant panelTime, Instant receivedAt, boolean generated) {

    public enum Transport { TCP, UDP, GEN }

    /** What makes a retransmission the same message: not the pad or the timestamp, which a resend may change. */
    String content() {
        return contentOf(token, data, extended);
    }

    static String contentOf(String token, String data, String extended) {
        return token + '\n' + data + '\n' + (extended == null ? "" : extended);
    }
}
