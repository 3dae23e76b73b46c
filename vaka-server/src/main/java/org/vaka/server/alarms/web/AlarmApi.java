package org.vaka.server.alarms.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vaka.server.alarms.AlarmConflictException;
import org.vaka.server.alarms.AlarmQueue;
import org.vaka.server.alarms.AlarmView;
import org.vaka.server.alarms.Resolution;
import org.vaka.server.identity.StaffPrincipal;

/** The alarm queue for the console and tools: list, take (first one wins), close with a resolution, audit trail. */
@RestController
@RequestMapping("/api/v1/alarms")
class AlarmApi {

    /** Enough for the queue after a regional storm, in one answer. */
    static final int LARGEST_PAGE = 100_000;

    private final AlarmQueue alarms;
    private final org.vaka.server.alarms.AlarmHistory history;
    private final org.vaka.server.alarms.AlarmResponses responses;
    private final java.time.Clock clock;

    AlarmApi(AlarmQueue alarms, org.vaka.server.alarms.AlarmHistory history,
             org.vaka.server.alarms.AlarmResponses responses, java.time.Clock clock) {
        this.alarms = alarms;
        this.history = history;
        this.responses = responses;
        this.clock = clock;
    }

    /**
     * {@code status=open} (the default): the queue, open and taken, in the order operators see it.
     * {@code status=closed}: closed alarms, newest first, optionally of one {@code account}, at most {@code limit}.
     */
    @GetMapping
    ResponseEntity<?> queue(@AuthenticationPrincipal StaffPrincipal caller,
                            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "open") String status,
                            @org.springframework.web.bind.annotation.RequestParam(required = false) String account,
                            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "1000") int limit) {
        if (limit < 1 || limit > LARGEST_PAGE) {
            return Problems.invalid("limit", "limit must be 1.." + LARGEST_PAGE);
        }
        String wanted = account == null || account.isBlank() ? null : account.strip().toUpperCase(Locale.ROOT);
        return switch (status.strip().toLowerCase(Locale.ROOT)) {
            case "open" -> ResponseEntity.ok(wanted == null ? alarms.queue(caller.tenantId(), limit)
                    : alarms.queue(caller.tenantId()).stream().filter(a -> a.account().equals(wanted)).limit(limit).toList());
            case "closed" -> ResponseEntity.ok(history.closed(caller.tenantId(), wanted, limit));
            default -> Problems.invalid("status", "status must be open or closed");
        };
    }

    /** Handling times of the alarms raised in the period (default: the last 24 hours). */
    @GetMapping("/kpis")
    org.vaka.server.alarms.AlarmKpis kpis(@AuthenticationPrincipal StaffPrincipal caller,
                                          @org.springframework.web.bind.annotation.RequestParam(required = false) java.time.Instant from,
                                          @org.springframework.web.bind.annotation.RequestParam(required = false) java.time.Instant to) {
        java.time.Instant end = to == null ? clock.instant() : to;
        return alarms.kpis(caller.tenantId(), from == null ? end.minus(java.time.Duration.ofDays(1)) : from, end);
    }

    @GetMapping("/{id}")
    ResponseEntity<?> alarm(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long id) {
        return alarms.find(caller.tenantId(), id)
                .<ResponseEntity<?>>map(a -> ResponseEntity.ok(Map.of("alarm", a, "checklist", alarms.checklist(caller.tenantId(), id),
                        "trail", alarms.trail(caller.tenantId(), id), "events", history.events(caller.tenantId(), id, 200),
                        "dispatches", responses.dispatches(caller.tenantId(), id))))
                .orElseGet(() -> noAlarm(id));
    }

    @PostMapping("/{id}/take")
    ResponseEntity<?> take(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long id) {
        return alarms.take(caller.tenantId(), id, caller.email()).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> noAlarm(id));
    }

    record CloseRequest(String resolution, String note) {
    }

    @PostMapping("/{id}/close")
    ResponseEntity<?> close(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long id,
                            @RequestBody CloseRequest request) {
        Resolution resolution;
        try {
            resolution = Resolution.valueOf(request.resolution() == null ? "" : request.resolution().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Problems.invalid("resolution", "a resolution is needed: one of " + List.of(Resolution.values()));
        }
        if (request.note() != null && request.note().length() > 900) {
            return Problems.invalid("note", "a note has at most 900 characters");
        }
        return alarms.close(caller.tenantId(), id, caller.email(), resolution, request.note())
                .<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> noAlarm(id));
    }

    record StepRequest(String outcome, String reason) {
    }

    /** Marks a step of the action instruction DONE, or SKIPPED with a reason. */
    @PostMapping("/{id}/steps/{position}")
    ResponseEntity<?> step(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long id, @PathVariable int position,
                           @RequestBody StepRequest request) {
        String outcome = request.outcome() == null ? "" : request.outcome().strip().toUpperCase(Locale.ROOT);
        if (!outcome.equals("DONE") && !outcome.equals("SKIPPED")) {
            return Problems.invalid("outcome", "outcome must be DONE or SKIPPED");
        }
        try {
            return alarms.settleStep(caller.tenantId(), id, position, caller.email(), outcome.equals("DONE"), request.reason())
                    .<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> noAlarm(id));
        } catch (IllegalArgumentException e) {
            return Problems.invalid(e.getMessage().contains("reason") ? "reason" : "position", e.getMessage());
        }
    }

    record VerifyRequest(String word) {
    }

    /** The operator types what the caller says; the answer is only whether it matched. */
    @PostMapping("/{id}/verify")
    ResponseEntity<?> verify(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long id, @RequestBody VerifyRequest request) {
        try {
            return alarms.verify(caller.tenantId(), id, caller.email(), request.word())
                    .<ResponseEntity<?>>map(matched -> ResponseEntity.ok(Map.of("matched", matched)))
                    .orElseGet(() -> noAlarm(id));
        } catch (IllegalStateException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage()));
        }
    }

    record CallRequest(int contact, String outcome) {
    }

    /** Records a call to a contact person: ANSWERED, NO_ANSWER or BUSY. */
    @PostMapping("/{id}/calls")
    ResponseEntity<?> call(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long id, @RequestBody CallRequest request) {
        AlarmQueue.CallOutcome outcome;
        try {
            outcome = AlarmQueue.CallOutcome.valueOf(request.outcome() == null ? "" : request.outcome().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Problems.invalid("outcome", "outcome must be ANSWERED, NO_ANSWER or BUSY");
        }
        try {
            return alarms.recordCall(caller.tenantId(), id, caller.email(), request.contact(), outcome)
                    .<ResponseEntity<?>>map(a -> ResponseEntity.ok(alarms.trail(caller.tenantId(), id))).orElseGet(() -> noAlarm(id));
        } catch (IllegalArgumentException e) {
            return Problems.invalid("contact", e.getMessage());
        }
    }

    @ExceptionHandler(AlarmConflictException.class)
    ResponseEntity<ProblemDetail> conflict(AlarmConflictException e) {
        return Problems.conflict(e.getMessage());
    }


    private static ResponseEntity<ProblemDetail> noAlarm(long id) {
        return Problems.notFound("no alarm " + id);
    }
}
