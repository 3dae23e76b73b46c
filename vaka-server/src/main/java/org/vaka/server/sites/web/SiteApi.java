package org.vaka.server.sites.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vaka.server.identity.StaffPrincipal;
import org.vaka.server.sites.SiteView;
import org.vaka.server.sites.Sites;

/** Sites for the console, the portal and tools: find a site by its panel's account number. */
@RestController
@RequestMapping("/api/v1/sites")
class SiteApi {

    private final Sites sites;

    SiteApi(Sites sites) {
        this.sites = sites;
    }

    @GetMapping
    List<SiteView> list(@AuthenticationPrincipal StaffPrincipal caller, @RequestParam(required = false) String account) {
        return sites.list(caller.tenantId(), account);
    }

    @GetMapping("/{siteId}")
    ResponseEntity<?> get(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long siteId) {
        return sites.find(caller.tenantId(), siteId).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no site " + siteId)));
    }
}
