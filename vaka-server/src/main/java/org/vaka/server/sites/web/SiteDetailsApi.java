package org.vaka.server.sites.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vaka.server.identity.StaffPrincipal;
import org.vaka.server.sites.InvalidRegistrationException;
import org.vaka.server.sites.PanelUserRegistration;
import org.vaka.server.sites.PanelUsers;
import org.vaka.server.sites.SiteDescriptions;
import org.vaka.server.sites.SiteDetails;
import org.vaka.server.sites.Zone;
import org.vaka.server.sites.ZoneType;

/** A site's customer, address and directions, its zones, and its panel users (codes go in, never come out). */
@RestController
@RequestMapping("/api/v1/sites/{siteId}")
class SiteDetailsApi {

    private final SiteDescriptions descriptions;
    private final PanelUsers users;

    SiteDetailsApi(SiteDescriptions descriptions, PanelUsers users) {
        this.descriptions = descriptions;
        this.users = users;
    }

    @GetMapping("/details")
    ResponseEntity<?> details(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long siteId) {
        return descriptions.details(caller.tenantId(), siteId).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> noSite(siteId));
    }

    @PutMapping("/details")
    ResponseEntity<?> describe(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long siteId,
                               @RequestBody SiteDetails details) {
        return descriptions.describe(caller.tenantId(), siteId, details) ? details(caller, siteId) : noSite(siteId);
    }

    @GetMapping("/zones")
    ResponseEntity<?> zones(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long siteId) {
        return descriptions.zones(caller.tenantId(), siteId).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> noSite(siteId));
    }

    /** The type is read here rather than by Jackson, so a wrong one is answered with the field it is in. */
    record ZoneInput(String zone, String name, String type) {
    }

    @PutMapping("/zones")
    ResponseEntity<?> replaceZones(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long siteId,
                                   @RequestBody List<ZoneInput> list) {
        List<Zone> zones = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            ZoneInput in = list.get(i);
            zones.add(new Zone(in.zone(), in.name(), zoneType(in.type(), "zones[" + i + "].type")));
        }
        return descriptions.replaceZones(caller.tenantId(), siteId, zones) ? zones(caller, siteId) : noSite(siteId);
    }

    @GetMapping("/users")
    ResponseEntity<?> users(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long siteId) {
        return users.users(caller.tenantId(), siteId).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> noSite(siteId));
    }

    @PutMapping("/users")
    ResponseEntity<?> replaceUsers(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long siteId,
                                   @RequestBody List<PanelUserRegistration> list) {
        return users.replaceUsers(caller.tenantId(), siteId, list) ? users(caller, siteId) : noSite(siteId);
    }

    static ZoneType zoneType(String type, String field) {
        try {
            return ZoneType.valueOf(type == null ? "" : type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRegistrationException(field, "not a zone type: " + type + "; one of "
                    + java.util.Arrays.toString(ZoneType.values()));
        }
    }

    static ResponseEntity<ProblemDetail> noSite(long siteId) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no site " + siteId));
    }
}
