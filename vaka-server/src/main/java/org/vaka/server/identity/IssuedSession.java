package org.vaka.server.identity;

import java.time.Instant;

/** A session just opened: the token is handed out this once and only its hash is kept. */
public record IssuedSession(String id, String token, Instant expiresAt) {

    @Override
    public String toString() {
        return "IssuedSession[" + id + ", expires " + expiresAt + "]"; // never the token
    }
}
