package org.vaka.server.identity.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.vaka.server.identity.CustomerPrincipal;
import org.vaka.server.identity.CustomerSessions;
import org.vaka.server.identity.PasskeyRefusal;
import org.vaka.server.identity.Passkeys;

import tools.jackson.databind.JsonNode;

/**
 * Passkeys from the app (and from the portal's security page, which calls the same endpoints): list, register with
 * options the server made, remove; and sign in with one for a bearer token, the way {@code /api/v1/auth/login} gives
 * one for a password.
 */
@RestController
class PasskeyApi {

    private final Passkeys passkeys;
    private final CustomerSessions sessions;

    PasskeyApi(Passkeys passkeys, CustomerSessions sessions) {
        this.passkeys = passkeys;
        this.sessions = sessions;
    }

    /**
     * {@code credential} is the browser's PublicKeyCredential in WebAuthn's JSON form (binary in base64url); the
     * password is asked again, since the passkey will sign in without it.
     */
    record Registration(String name, String password, JsonNode credential) {
        @Override
        public String toString() {
            return "Registration[" + name + "]"; // never the password
        }
    }

    @GetMapping("/api/v1/auth/passkeys")
    List<Passkeys.Passkey> list(@AuthenticationPrincipal CustomerPrincipal me) {
        return passkeys.of(me.loginId());
    }

    @PostMapping("/api/v1/auth/passkeys/registration-options")
    Map<String, Object> registrationOptions(@AuthenticationPrincipal CustomerPrincipal me) {
        return passkeys.registrationOptions(me);
    }

    @PostMapping("/api/v1/auth/passkeys")
    ResponseEntity<?> register(@AuthenticationPrincipal CustomerPrincipal me, @RequestBody(required = false) Registration registration) {
        try {
            var added = passkeys.register(me, registration == null ? null : registration.name(),
                    registration == null ? null : registration.password(),
                    registration == null || registration.credential() == null || registration.credential().isNull()
                            ? null : registration.credential().toString());
            return ResponseEntity.status(HttpStatus.CREATED).body(added);
        } catch (PasskeyRefusal e) {
            return refused(HttpStatus.BAD_REQUEST, e);
        }
    }

    @DeleteMapping("/api/v1/auth/passkeys/{id}")
    ResponseEntity<?> remove(@AuthenticationPrincipal CustomerPrincipal me, @PathVariable long id) {
        return passkeys.remove(me.loginId(), id) ? ResponseEntity.noContent().build()
                : ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such passkey."));
    }

    @PostMapping("/api/v1/auth/passkeys/sign-in/options")
    Map<String, Object> signInOptions() {
        return passkeys.signInOptions();
    }

    /** The body is the browser's PublicKeyCredential from {@code navigator.credentials.get}, in WebAuthn's JSON form. */
    @PostMapping("/api/v1/auth/passkeys/sign-in")
    ResponseEntity<?> signIn(@RequestBody(required = false) JsonNode credential, HttpServletRequest request) {
        try {
            CustomerPrincipal customer = passkeys.signIn(credential == null || credential.isNull() ? null : credential.toString());
            var issued = sessions.open(customer, CustomerSessions.APP, request.getHeader("User-Agent"));
            return ResponseEntity.ok(Map.of("token", issued.token(), "sessionId", issued.id(), "expiresAt", issued.expiresAt()));
        } catch (PasskeyRefusal e) {
            return refused(e.malformed() ? HttpStatus.BAD_REQUEST : HttpStatus.UNAUTHORIZED, e);
        }
    }

    static ResponseEntity<ProblemDetail> refused(HttpStatus status, PasskeyRefusal e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setProperty("field", e.field());
        return ResponseEntity.status(status).body(problem);
    }
}
