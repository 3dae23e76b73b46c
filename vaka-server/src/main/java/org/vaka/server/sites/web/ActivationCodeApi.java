package org.vaka.server.sites.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vaka.server.identity.StaffPrincipal;
import org.vaka.server.sites.ActivationCodes;
import org.vaka.server.sites.InvalidRegistrationException;

/**
 * Issues a newly installed site's activation code (administrators only, by the security configuration). The code is
 * in this answer and nowhere else: the centre keeps only its hash, so a lost code is replaced, never looked up.
 */
@RestController
class ActivationCodeApi {

    private final ActivationCodes codes;

    ActivationCodeApi(ActivationCodes codes) {
        this.codes = codes;
    }

    @PostMapping("/api/v1/sites/{siteId}/activation-code")
    ResponseEntity<?> issue(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long siteId) {
        try {
            return codes.issue(caller.tenantId(), siteId, caller.email())
                    .<ResponseEntity<?>>map(code -> ResponseEntity.created(URI.create("/api/v1/sites/" + siteId))
                            .body(code))
                    .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(
                            ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no site " + siteId)));
        } catch (InvalidRegistrationException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
            problem.setProperty("field", e.field());
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
    }
}
