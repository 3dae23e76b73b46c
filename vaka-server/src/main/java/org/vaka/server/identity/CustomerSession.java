package org.vaka.server.identity;

import java.time.Instant;

/**
 * One of a login's sessions as its owner sees it: an app's bearer token or a signed-in browser. Never the token.
 *
 * @param id   the session's public id, used to revoke it
 * @param kind {@code APP} or {@code WEB}
 */
public record CustomerSession(String id, String kind, String userAgent, Instant createdAt, Instant lastUsed,
                              Instant expiresAt, Instant revokedAt) {

    public boolean active(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
