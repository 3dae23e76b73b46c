package org.vaka.server.alarms.web;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.vaka.server.alarms.SiteConditions;
import org.vaka.server.identity.StaffPrincipal;

/** A site's condition as its events leave it: arming, mains, battery, tamper, jamming, zones in alarm, supervision. */
@RestController
class SiteConditionApi {

    private final SiteConditions conditions;

    SiteConditionApi(SiteConditions conditions) {
        this.conditions = conditions;
    }

    @GetMapping("/api/v1/sites/{siteId}/condition")
    ResponseEntity<?> condition(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long siteId) {
        return conditions.of(caller.tenantId(), siteId).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> Problems.notFound("no site " + siteId));
    }
}
