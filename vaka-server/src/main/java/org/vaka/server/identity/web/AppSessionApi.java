package org.vaka.server.identity.web;

import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.vaka.server.identity.CustomerPrincipal;
import org.vaka.server.identity.CustomerSession;
import org.vaka.server.identity.CustomerSessions;
import org.vaka.server.identity.TwoStepCode;
import org.vaka.server.identity.TwoStepRequiredException;
import org.vaka.server.identity.WrongTwoStepCodeException;

/**
 * The app signs in once and keeps a bearer token until its user signs out or revokes it from another device.
 * Wrong password, unknown address and a staff login all get the same 401; a locked address gets 429. A login with
 * two-step verification on gets 401 with {@code "twoStepRequired": true} and no token until the code comes along.
 */
@RestController
class AppSessionApi {

    private final AuthenticationManager authentication;
    private final CustomerSessions sessions;
    private final java.time.Clock clock;

    AppSessionApi(AuthenticationManager authentication, CustomerSessions sessions, java.time.Clock clock) {
        this.authentication = authentication;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** {@code code} only for a login with two-step verification on: six digits, or a recovery code. */
    record Credentials(String email, String password, String code) {
        @Override
        public String toString() {
            return "Credentials[" + email + "]"; // never the password
        }
    }

    record Token(String token, String sessionId, Instant expiresAt) {
    }

    record Session(String id, String kind, String userAgent, Instant createdAt, Instant lastUsed, Instant expiresAt,
                   Instant revokedAt, boolean active, boolean current) {
    }

    @PostMapping("/api/v1/auth/login")
    ResponseEntity<?> login(@RequestBody(required = false) Credentials credentials, HttpServletRequest request) {
        if (credentials == null || credentials.email() == null || credentials.password() == null) {
            return problem(HttpStatus.BAD_REQUEST, "Give email and password.");
        }
        var token = UsernamePasswordAuthenticationToken.unauthenticated(credentials.email(), credentials.password());
        if (credentials.code() != null) {
            var code = TwoStepCode.parse(credentials.code());
            if (code.isEmpty()) {
                ProblemDetail malformed = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                        "The code is 6 digits from the authenticator app, or a recovery code (xxxxx-xxxxx).");
                malformed.setProperty("field", "code");
                return ResponseEntity.badRequest().body(malformed);
            }
            token.setDetails(code.get());
        }
        Authentication result;
        try {
            result = authentication.authenticate(token);
        } catch (LockedException e) {
            return problem(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        } catch (TwoStepRequiredException e) {
            ProblemDetail needed = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, TwoStepRequiredException.MESSAGE);
            needed.setProperty("twoStepRequired", true);
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(needed);
        } catch (WrongTwoStepCodeException e) {
            return problem(HttpStatus.UNAUTHORIZED, WrongTwoStepCodeException.MESSAGE);
        } catch (AuthenticationException e) {
            return problem(HttpStatus.UNAUTHORIZED, "Wrong e-mail or password.");
        }
        if (!(result.getPrincipal() instanceof CustomerPrincipal customer)) {
            return problem(HttpStatus.UNAUTHORIZED, "Wrong e-mail or password.");
        }
        var issued = sessions.open(customer, CustomerSessions.APP, request.getHeader("User-Agent"));
        return ResponseEntity.ok(new Token(issued.token(), issued.id(), issued.expiresAt()));
    }

    @GetMapping("/api/v1/auth/sessions")
    List<Session> list(@AuthenticationPrincipal CustomerPrincipal caller, HttpServletRequest request) {
        Object current = request.getAttribute(CustomerSessions.CURRENT_SESSION);
        Instant now = clock.instant();
        return sessions.list(caller.loginId()).stream().map(s -> view(s, now, s.id().equals(current))).toList();
    }

    @DeleteMapping("/api/v1/auth/sessions/{id}")
    ResponseEntity<?> revoke(@AuthenticationPrincipal CustomerPrincipal caller, @PathVariable String id) {
        return sessions.revoke(caller.loginId(), id) ? ResponseEntity.noContent().build()
                : problem(HttpStatus.NOT_FOUND, "No such session.");
    }

    private static Session view(CustomerSession s, Instant now, boolean current) {
        return new Session(s.id(), s.kind(), s.userAgent(), s.createdAt(), s.lastUsed(), s.expiresAt(), s.revokedAt(),
                s.active(now), current);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
