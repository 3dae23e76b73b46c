package org.vaka.server.billing.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vaka.server.billing.DebtCollection;
import org.vaka.server.identity.StaffPrincipal;

/** The file for the debt-collection agency: every invoice handed over to collection. */
@RestController
class DebtCollectionApi {

    private final DebtCollection collection;

    DebtCollectionApi(DebtCollection collection) {
        this.collection = collection;
    }

    @GetMapping(path = "/api/v1/collections/export", produces = "text/csv")
    ResponseEntity<String> export(@AuthenticationPrincipal StaffPrincipal caller) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"inkasso.csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(collection.exportFile(caller.tenantId()));
    }
}
