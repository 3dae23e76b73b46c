package org.vaka.server.billing.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vaka.server.billing.KeyDestructions;
import org.vaka.server.identity.StaffPrincipal;

/** The keys to destroy after a contract ends, and the record that one was. */
@RestController
class KeyDestructionApi {

    private final KeyDestructions keys;

    KeyDestructionApi(KeyDestructions keys) {
        this.keys = keys;
    }

    @GetMapping("/api/v1/key-destructions")
    List<KeyDestructions.KeyDestruction> list(@AuthenticationPrincipal StaffPrincipal caller) {
        return keys.list(caller.tenantId());
    }

    @PostMapping("/api/v1/key-destructions/{contractId}/destroyed")
    ResponseEntity<?> destroyed(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long contractId) {
        return keys.destroyed(caller.tenantId(), contractId, caller.email()).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(
                        HttpStatus.NOT_FOUND, "no key to destroy for contract " + contractId)));
    }
}
