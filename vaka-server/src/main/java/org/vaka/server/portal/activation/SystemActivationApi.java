package org.vaka.server.portal.activation;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.vaka.server.identity.CustomerPrincipal;

/** The app's "find new alarm system": 200 with the site once the code is accepted. */
@RestController
class SystemActivationApi {

    static final String NO_SUCH_CODE = "No alarm system has that activation code.";

    private final SystemActivation activation;

    SystemActivationApi(SystemActivation activation) {
        this.activation = activation;
    }

    record ActivationRequest(String code) {
        @Override
        public String toString() {
            return "ActivationRequest"; // never the code
        }
    }

    @PostMapping("/api/v1/portal/systems/activate")
    ResponseEntity<?> activate(@AuthenticationPrincipal CustomerPrincipal caller,
                               @RequestBody(required = false) ActivationRequest request) {
        return switch (activation.activate(caller, request == null ? null : request.code())) {
            case SystemActivation.Activated activated -> ResponseEntity.ok(Map.of("id", activated.site().id(),
                    "name", activated.site().name()));
            case SystemActivation.Refusal refusal -> switch (refusal) {
                case NOT_PERMITTED -> problem(HttpStatus.FORBIDDEN, "Only the owner or an administrator may add an alarm system.");
                case NO_SUCH_CODE -> problem(HttpStatus.NOT_FOUND, NO_SUCH_CODE);
                case TOO_MANY_TRIES -> problem(HttpStatus.TOO_MANY_REQUESTS,
                        "Too many wrong codes: try again in a quarter of an hour.");
            };
        };
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
