package org.vaka.server.portal.web;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vaka.server.devices.InvalidCommandException;
import org.vaka.server.identity.CustomerPrincipal;
import org.vaka.server.portal.ArmingMode;
import org.vaka.server.portal.CustomerSites;
import org.vaka.server.portal.PortalCommand;
import org.vaka.server.portal.PortalCommands;
import org.vaka.server.portal.SiteHistory;
import org.vaka.server.portal.SiteOverview;
import org.vaka.server.portal.SiteOverviews;

/**
 * The app's API: the caller's alarm systems, arming and disarming them, and their history. A command is accepted
 * with 202 and read back from {@code /api/v1/portal/commands/{id}}, which can wait for the panel's answer
 * ({@code waitSeconds}). Someone else's site or command is "not found", word for word as a missing one.
 */
@RestController
class PortalApi {

    static final int MAX_WAIT_SECONDS = 30;

    private final CustomerSites sites;
    private final SiteOverviews overviews;
    private final PortalCommands commands;
    private final SiteHistory history;

    PortalApi(CustomerSites sites, SiteOverviews overviews, PortalCommands commands, SiteHistory history) {
        this.sites = sites;
        this.overviews = overviews;
        this.commands = commands;
        this.history = history;
    }

    record ArmRequest(String mode, String code) {
        @Override
        public String toString() {
            return "ArmRequest[" + mode + "]"; // never the code
        }
    }

    record DisarmRequest(String code) {
        @Override
        public String toString() {
            return "DisarmRequest"; // never the code
        }
    }

    @GetMapping("/api/v1/portal/sites")
    List<SiteOverview> sites(@AuthenticationPrincipal CustomerPrincipal caller) {
        return overviews.mine(caller);
    }

    @GetMapping("/api/v1/portal/sites/{siteId}")
    ResponseEntity<?> site(@AuthenticationPrincipal CustomerPrincipal caller, @PathVariable long siteId) {
        return overviews.mine(caller, siteId).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(PortalApi::noSite);
    }

    @PostMapping("/api/v1/portal/sites/{siteId}/arm")
    ResponseEntity<?> arm(@AuthenticationPrincipal CustomerPrincipal caller, @PathVariable long siteId,
                          @RequestBody(required = false) ArmRequest request) {
        if (sites.mine(caller, siteId).isEmpty()) { // before the body is judged: a 400 would tell the site exists
            return noSite();
        }
        ArmingMode mode;
        try {
            mode = ArmingMode.valueOf(request == null || request.mode() == null ? "" : request.mode().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return invalid(new InvalidCommandException("mode", "mode must be AWAY or HOME"));
        }
        return accepted(commands.arm(caller, siteId, mode, request.code()).orElse(null));
    }

    @PostMapping("/api/v1/portal/sites/{siteId}/disarm")
    ResponseEntity<?> disarm(@AuthenticationPrincipal CustomerPrincipal caller, @PathVariable long siteId,
                             @RequestBody(required = false) DisarmRequest request) {
        return accepted(commands.disarm(caller, siteId, request == null ? null : request.code()).orElse(null));
    }

    @GetMapping("/api/v1/portal/commands/{id}")
    ResponseEntity<?> command(@AuthenticationPrincipal CustomerPrincipal caller, @PathVariable String id,
                              @RequestParam(defaultValue = "0") int waitSeconds) throws InterruptedException {
        if (waitSeconds < 0 || waitSeconds > MAX_WAIT_SECONDS) {
            return problem(HttpStatus.BAD_REQUEST, "waitSeconds must be 0 to " + MAX_WAIT_SECONDS);
        }
        return commands.find(caller, id, Duration.ofSeconds(waitSeconds)).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "No such command."));
    }

    @GetMapping("/api/v1/portal/sites/{siteId}/history")
    ResponseEntity<?> history(@AuthenticationPrincipal CustomerPrincipal caller, @PathVariable long siteId,
                              @RequestParam(required = false) String kind, @RequestParam(defaultValue = "50") int limit) {
        SiteHistory.Filter filter = PortalPages.filter(kind);
        if (filter == null) {
            return problem(HttpStatus.BAD_REQUEST, "kind must be arming or alarms");
        }
        return history.of(caller, siteId, filter, limit).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(PortalApi::noSite);
    }

    @ExceptionHandler(InvalidCommandException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidCommandException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty("field", e.field());
        return ResponseEntity.badRequest().body(problem);
    }

    private static ResponseEntity<?> accepted(PortalCommand command) {
        if (command == null) {
            return noSite();
        }
        return ResponseEntity.accepted().location(URI.create("/api/v1/portal/commands/" + command.id())).body(command);
    }

    static ResponseEntity<?> noSite() {
        return problem(HttpStatus.NOT_FOUND, "No such alarm system.");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
