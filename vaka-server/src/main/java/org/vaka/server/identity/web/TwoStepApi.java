package org.vaka.server.identity.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.vaka.server.identity.CustomerPrincipal;
import org.vaka.server.identity.TwoStepRefusal;
import org.vaka.server.identity.TwoStepVerification;

/**
 * Two-step verification from the app: start (the secret and its otpauth URI, for this once), confirm with a first code
 * (the recovery codes, for this once), see whether it is on, and turn it off with password and code.
 */
@RestController
class TwoStepApi {

    private final TwoStepVerification twoStep;

    TwoStepApi(TwoStepVerification twoStep) {
        this.twoStep = twoStep;
    }

    record Confirmation(String code) {
        @Override
        public String toString() {
            return "Confirmation"; // never the code
        }
    }

    record Disabling(String password, String code) {
        @Override
        public String toString() {
            return "Disabling"; // never the password nor the code
        }
    }

    record RecoveryCodes(List<String> recoveryCodes) {
    }

    @GetMapping("/api/v1/auth/two-step")
    TwoStepVerification.Status status(@AuthenticationPrincipal CustomerPrincipal me) {
        return twoStep.status(me.loginId());
    }

    @PostMapping("/api/v1/auth/two-step")
    ResponseEntity<?> start(@AuthenticationPrincipal CustomerPrincipal me) {
        try {
            var enrolment = twoStep.start(me);
            return ResponseEntity.ok(java.util.Map.of("secret", enrolment.secret(), "uri", enrolment.uri()));
        } catch (TwoStepRefusal e) {
            return refused(e);
        }
    }

    @PostMapping("/api/v1/auth/two-step/confirm")
    ResponseEntity<?> confirm(@AuthenticationPrincipal CustomerPrincipal me,
                              @RequestBody(required = false) Confirmation confirmation) {
        try {
            return ResponseEntity.ok(new RecoveryCodes(twoStep.confirm(me, confirmation == null ? null : confirmation.code())));
        } catch (TwoStepRefusal e) {
            return refused(e);
        }
    }

    /** The same proof as turning it off; the old recovery codes stop working. */
    @PostMapping("/api/v1/auth/two-step/recovery-codes")
    ResponseEntity<?> renew(@AuthenticationPrincipal CustomerPrincipal me, @RequestBody(required = false) Disabling proof) {
        try {
            return ResponseEntity.ok(new RecoveryCodes(twoStep.renewRecoveryCodes(me, proof == null ? null : proof.password(),
                    proof == null ? null : proof.code())));
        } catch (TwoStepRefusal e) {
            return refused(e);
        }
    }

    @DeleteMapping("/api/v1/auth/two-step")
    ResponseEntity<?> disable(@AuthenticationPrincipal CustomerPrincipal me, @RequestBody(required = false) Disabling disabling) {
        try {
            twoStep.disable(me, disabling == null ? null : disabling.password(), disabling == null ? null : disabling.code());
            return ResponseEntity.noContent().build();
        } catch (TwoStepRefusal e) {
            return refused(e);
        }
    }

    static ResponseEntity<ProblemDetail> refused(TwoStepRefusal e) {
        HttpStatus status = e.conflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        return ResponseEntity.status(status).body(problem);
    }
}
