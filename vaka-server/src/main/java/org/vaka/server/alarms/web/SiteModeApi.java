package org.vaka.server.alarms.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vaka.server.alarms.SiteMode;
import org.vaka.server.alarms.SiteModes;
import org.vaka.server.identity.StaffPrincipal;

/** Test and service mode of a site: set for a period, list, end early. */
@RestController
@RequestMapping("/api/v1/sites/{siteId}/modes")
class SiteModeApi {

    private final SiteModes modes;
    private final Clock clock;

    SiteModeApi(SiteModes modes, Clock clock) {
        this.modes = modes;
        this.clock = clock;
    }

    /** {@code from} defaults to now. */
    record ModeRequest(String mode, String zone, Instant from, Instant until) {
    }

    @GetMapping
    List<SiteMode> current(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long siteId) {
        return modes.current(caller.tenantId(), siteId);
    }

    @PostMapping
    ResponseEntity<?> set(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long siteId,
                          @RequestBody ModeRequest request) {
        SiteMode.Kind kind;
        try {
            kind = SiteMode.Kind.valueOf(request.mode() == null ? "" : request.mode().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Problems.invalid("mode", "mode must be TEST or SERVICE");
        }
        if (request.until() == null) {
            return Problems.invalid("until", "a mode needs an end: until, as an ISO-8601 time");
        }
        String zone = request.zone() == null || request.zone().isBlank() ? null : request.zone().strip();
        if (zone != null && !zone.matches("\\d{1,4}")) {
            return Problems.invalid("zone", "a zone is 1 to 4 digits");
        }
        try {
            return modes.set(caller.tenantId(), siteId, kind, zone == null ? null : String.format("%02d", Integer.parseInt(zone)),
                            request.from() == null ? clock.instant() : request.from(), request.until(), caller.email())
                    .<ResponseEntity<?>>map(m -> ResponseEntity.created(URI.create("/api/v1/sites/" + siteId + "/modes/" + m.id())).body(m))
                    .orElseGet(() -> noSite(siteId));
        } catch (IllegalArgumentException e) {
            return Problems.invalid("until", e.getMessage());
        }
    }

    /** What the site sent during a test mode; {@code reportedAt} and the call-back task once the test has ended. */
    @GetMapping("/{modeId}/report")
    ResponseEntity<?> report(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long siteId, @PathVariable long modeId) {
        return modes.testReport(caller.tenantId(), siteId, modeId).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> Problems.notFound("no test mode " + modeId + " at site " + siteId));
    }

    @DeleteMapping("/{modeId}")
    ResponseEntity<?> end(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long siteId, @PathVariable long modeId) {
        return modes.end(caller.tenantId(), siteId, modeId, caller.email()) ? ResponseEntity.noContent().build()
                : ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "no running mode " + modeId + " at site " + siteId));
    }


    private static ResponseEntity<ProblemDetail> noSite(long siteId) {
        return Problems.notFound("no site " + siteId);
    }
}
