package org.vaka.server.portal.registration;

import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registration and forgotten passwords for the app, by the same rules as the pages. The app keeps the
 * registration's token between the steps; the e-mailed links lead to the portal's pages, which work on a phone.
 */
@RestController
class RegistrationApi {

    private final Registrations registrations;
    private final PasswordResets resets;

    RegistrationApi(Registrations registrations, PasswordResets resets) {
        this.registrations = registrations;
        this.resets = resets;
    }

    record Start(String customerNumber, String mobile) {
    }

    record Code(String registration, String code) {
    }

    record Credentials(String registration, String email, String password) {
    }

    record ResetRequest(String email) {
    }

    record Reset(String token, String password) {
    }

    /** Always 202 with a token, whether or not the details matched: only the customer's own phone learns that. */
    @PostMapping("/api/v1/auth/register")
    ResponseEntity<Map<String, String>> start(@RequestBody Start start, Locale locale) {
        return ResponseEntity.accepted().body(Map.of("registration",
                registrations.start(start.customerNumber(), start.mobile(), locale)));
    }

    @PostMapping("/api/v1/auth/register/code")
    ResponseEntity<Map<String, String>> code(@RequestBody Code code) {
        return switch (registrations.checkCode(code.registration(), code.code())) {
            case OK -> ResponseEntity.ok(Map.of("next", "credentials"));
            case WRONG -> error(HttpStatus.BAD_REQUEST, "WRONG_CODE");
            case START_OVER -> error(HttpStatus.GONE, "START_OVER");
        };
    }

    @PostMapping("/api/v1/auth/register/credentials")
    ResponseEntity<Map<String, String>> credentials(@RequestBody Credentials credentials, Locale locale) {
        return switch (registrations.chooseCredentials(credentials.registration(), credentials.email(),
                credentials.password(), locale)) {
            case LINK_SENT -> ResponseEntity.accepted().body(Map.of("next", "follow the link in the e-mail"));
            case WEAK_PASSWORD -> error(HttpStatus.BAD_REQUEST, "WEAK_PASSWORD");
            case INVALID_EMAIL -> error(HttpStatus.BAD_REQUEST, "INVALID_EMAIL");
            case EMAIL_TAKEN -> error(HttpStatus.CONFLICT, "EMAIL_TAKEN");
            case START_OVER -> error(HttpStatus.GONE, "START_OVER");
        };
    }

    /** Always 202: the answer never tells whether the address has a login. */
    @PostMapping("/api/v1/auth/password-reset")
    ResponseEntity<Void> requestReset(@RequestBody ResetRequest request, Locale locale) {
        resets.request(request.email(), locale);
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/api/v1/auth/password-reset/confirm")
    ResponseEntity<Map<String, String>> reset(@RequestBody Reset reset) {
        return switch (resets.reset(reset.token(), reset.password())) {
            case CHANGED -> ResponseEntity.noContent().build();
            case WEAK_PASSWORD -> error(HttpStatus.BAD_REQUEST, "WEAK_PASSWORD");
            case INVALID_LINK -> error(HttpStatus.GONE, "INVALID_LINK");
        };
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatus status, String error) {
        return ResponseEntity.status(status).body(Map.of("error", error));
    }
}
