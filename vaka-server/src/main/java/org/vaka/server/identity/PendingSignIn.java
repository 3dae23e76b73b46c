package org.vaka.server.identity;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A browser that gave the right password for a login with two-step verification on, and now owes the code. Kept in
 * the HTTP session, not yet signed in, for a few minutes only: after that the password must be given again.
 */
public record PendingSignIn(String email, Instant expiresAt) implements Serializable {

    public static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final String ATTRIBUTE = "vaka.pendingSignIn";

    /** Starts the code step, in a fresh session id so whatever id the browser had before is of no use to anyone. */
    public static void begin(HttpServletRequest request, CustomerPrincipal login, Clock clock) {
        request.getSession();
        request.changeSessionId();
        request.getSession().setAttribute(ATTRIBUTE, new PendingSignIn(login.email(), clock.instant().plus(LIFETIME)));
    }

    /** The sign-in this browser is in the middle of, while it has not expired. */
    public static Optional<PendingSignIn> of(HttpServletRequest request, Clock clock) {
        var session = request.getSession(false);
        return session != null && session.getAttribute(ATTRIBUTE) instanceof PendingSignIn pending
                && clock.instant().isBefore(pending.expiresAt()) ? Optional.of(pending) : Optional.empty();
    }

    public static void end(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }
}
