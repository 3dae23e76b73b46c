package org.vaka.server.devices.web;

import java.net.URI;
import java.time.Duration;
import java.util.List;

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
import org.vaka.server.devices.CommandRequest;
import org.vaka.server.devices.CommandView;
import org.vaka.server.devices.Commands;
import org.vaka.server.devices.InvalidCommandException;
import org.vaka.server.devices.SiteDevices;
import org.vaka.server.identity.StaffPrincipal;

/**
 * A site's live state and the commands sent to its panel. A command is accepted with 202 and an id; its outcome
 * is read from {@code /api/v1/commands/{id}}, which can wait for it ({@code waitSeconds}) so an app need not poll.
 */
@RestController
class DeviceCommandApi {

    static final int MAX_WAIT_SECONDS = 30;

    private final Commands commands;
    private final SiteDevices devices;

    DeviceCommandApi(Commands commands, SiteDevices devices) {
        this.commands = commands;
        this.devices = devices;
    }

    @GetMapping("/api/v1/sites/{siteId}/state")
    ResponseEntity<?> state(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long siteId) {
        return devices.state(caller.tenantId(), siteId).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> noSite(siteId));
    }

    @PostMapping("/api/v1/sites/{siteId}/commands")
    ResponseEntity<?> send(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long siteId,
                           @RequestBody CommandRequest request) {
        return commands.send(caller.tenantId(), siteId, request, caller.email())
                .<ResponseEntity<?>>map(c -> ResponseEntity.accepted().location(URI.create("/api/v1/commands/" + c.id())).body(c))
                .orElseGet(() -> noSite(siteId));
    }

    @GetMapping("/api/v1/sites/{siteId}/commands")
    ResponseEntity<?> history(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long siteId,
                              @RequestParam(defaultValue = "50") int limit) {
        if (devices.state(caller.tenantId(), siteId).isEmpty()) {
            return noSite(siteId);
        }
        List<CommandView> list = commands.history(caller.tenantId(), siteId, Math.clamp(limit, 1, 500));
        return ResponseEntity.ok(list);
    }

    @GetMapping("/api/v1/commands/{id}")
    ResponseEntity<?> command(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable String id,
                              @RequestParam(defaultValue = "0") int waitSeconds) throws InterruptedException {
        if (waitSeconds < 0 || waitSeconds > MAX_WAIT_SECONDS) {
            return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "waitSeconds must be 0 to " + MAX_WAIT_SECONDS));
        }
        return commands.await(caller.tenantId(), id, Duration.ofSeconds(waitSeconds))
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no command " + id)));
    }

    @ExceptionHandler(InvalidCommandException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidCommandException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty("field", e.field());
        return ResponseEntity.badRequest().body(problem);
    }

    private static ResponseEntity<ProblemDetail> noSite(long siteId) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no site " + siteId));
    }
}
