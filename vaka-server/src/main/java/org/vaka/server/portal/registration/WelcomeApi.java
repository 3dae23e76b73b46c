package org.vaka.server.portal.registration;

import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.vaka.server.sites.Contact;
import org.vaka.server.sites.InvalidRegistrationException;

/**
 * The welcome for the app, by the same rules and steps as the page: every call carries the link's token, which the
 * app takes from the link it was opened with. A link that is not live answers 410 whatever the reason, so nothing is
 * told about whose it was.
 */
@RestController
class WelcomeApi {

    private final Welcomes welcomes;

    WelcomeApi(Welcomes welcomes) {
        this.welcomes = welcomes;
    }

    record Confirm(String token, String customerNumber, String mobile) {
    }

    record Directions(String token, String directions) {
    }

    record Word(String token, String word, String repeated) {
    }

    record Person(String name, String phone) {
    }

    record Users(String token, List<Person> contacts) {
    }

    record Progress(String step, Welcomes.Home home) {
    }

    @PostMapping("/api/v1/auth/welcome/confirm")
    ResponseEntity<?> confirm(@RequestBody(required = false) Confirm body) {
        Confirm c = body == null ? new Confirm(null, null, null) : body;
        return switch (welcomes.confirm(c.token(), c.customerNumber(), c.mobile())) {
            case OK -> progress(c.token());
            case WRONG -> problem(HttpStatus.BAD_REQUEST, "WRONG_DETAILS",
                    "The customer number and mobile do not match what the centre has.");
            case INVALID_LINK -> gone();
        };
    }

    @PostMapping("/api/v1/auth/welcome/directions")
    ResponseEntity<?> directions(@RequestBody(required = false) Directions body) {
        String token = body == null ? null : body.token();
        return step(token, () -> welcomes.confirmDirections(token, body.directions()));
    }

    @PostMapping("/api/v1/auth/welcome/verification-word")
    ResponseEntity<?> word(@RequestBody(required = false) Word body) {
        String token = body == null ? null : body.token();
        return step(token, () -> welcomes.createWord(token, body.word(), body.repeated()));
    }

    @PostMapping("/api/v1/auth/welcome/users")
    ResponseEntity<?> users(@RequestBody(required = false) Users body) {
        String token = body == null ? null : body.token();
        List<Contact> people = body == null || body.contacts() == null ? List.of() : body.contacts().stream()
                .map(p -> p == null ? new Contact(0, null, null) : new Contact(0, p.name(), p.phone())).toList();
        return step(token, () -> welcomes.confirmUsers(token, people));
    }

    private ResponseEntity<?> step(String token, BooleanSupplier action) {
        if (welcomes.home(token).isEmpty()) {
            return welcomes.step(token).isPresent()
                    ? problem(HttpStatus.CONFLICT, "CONFIRM_FIRST", "Confirm the customer number and mobile first.")
                    : gone();
        }
        try {
            return action.getAsBoolean() ? progress(token)
                    : problem(HttpStatus.CONFLICT, "STEP_NOT_REACHED", "Do the steps in order: " + welcomes.step(token).orElseThrow());
        } catch (InvalidRegistrationException e) {
            ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
            detail.setProperty("error", "INVALID");
            detail.setProperty("field", e.field());
            return ResponseEntity.badRequest().body(detail);
        }
    }

    private ResponseEntity<?> progress(String token) {
        return welcomes.home(token).<ResponseEntity<?>>map(home -> ResponseEntity.ok(new Progress(home.step().name(), home)))
                .orElseGet(WelcomeApi::gone);
    }

    private static ResponseEntity<?> gone() {
        return problem(HttpStatus.GONE, "INVALID_LINK", "The welcome link is not valid: replaced, used up or expired.");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String error, String text) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, text);
        detail.setProperty("error", error);
        return ResponseEntity.status(status).body(detail);
    }

    static Map<String, Object> sentView(Welcomes.Sent sent) {
        return sent.email() == null ? Map.of("mobile", sent.mobile(), "expiresAt", sent.expiresAt())
                : Map.of("mobile", sent.mobile(), "email", sent.email(), "expiresAt", sent.expiresAt());
    }
}
