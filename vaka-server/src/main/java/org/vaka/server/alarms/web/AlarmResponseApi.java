package org.vaka.server.alarms.web;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vaka.server.alarms.AlarmConflictException;
import org.vaka.server.alarms.AlarmResponses;
import org.vaka.server.identity.StaffPrincipal;

/** Guard dispatch, emergency services and notes, for the operator handling an alarm. */
@RestController
@RequestMapping("/api/v1/alarms/{id}")
class AlarmResponseApi {

    static final int LONGEST_TEXT = 900;

    private final AlarmResponses responses;

    AlarmResponseApi(AlarmResponses responses) {
        this.responses = responses;
    }

    record DispatchRequest(String company) {
    }

    @PostMapping("/dispatches")
    ResponseEntity<?> dispatch(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long id,
                               @RequestBody DispatchRequest request) {
        if (blank(request.company()) || request.company().length() > 200) {
            return Problems.invalid("company", "the guard company is needed (at most 200 characters)");
        }
        return responses.dispatchGuard(caller.tenantId(), id, caller.email(), request.company().strip())
                .<ResponseEntity<?>>map(d -> ResponseEntity.status(201).body(d)).orElseGet(() -> noAlarm(id));
    }

    record ArrivalRequest(String report) {
    }

    /** The guard is on site: what they found. */
    @PostMapping("/dispatches/{dispatchId}/arrival")
    ResponseEntity<?> arrived(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long id, @PathVariable long dispatchId,
                              @RequestBody ArrivalRequest request) {
        if (blank(request.report()) || request.report().length() > LONGEST_TEXT) {
            return Problems.invalid("report", "the guard's report is needed (at most " + LONGEST_TEXT + " characters)");
        }
        try {
            return responses.guardArrived(caller.tenantId(), id, dispatchId, caller.email(), request.report().strip())
                    .<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> noAlarm(id));
        } catch (IllegalArgumentException e) {
            return Problems.invalid("dispatchId", e.getMessage());
        }
    }

    record EmergencyRequest(String service, String reference) {
    }

    @PostMapping("/emergency")
    ResponseEntity<?> emergency(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long id,
                                @RequestBody EmergencyRequest request) {
        if (blank(request.service()) || request.service().length() > 100) {
            return Problems.invalid("service", "which service was called is needed, e.g. 112 (at most 100 characters)");
        }
        if (request.reference() != null && request.reference().length() > 200) {
            return Problems.invalid("reference", "a reference has at most 200 characters");
        }
        return responses.emergencyCalled(caller.tenantId(), id, caller.email(), request.service().strip(), request.reference())
                .<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> noAlarm(id));
    }

    record NoteRequest(String text) {
    }

    @PostMapping("/notes")
    ResponseEntity<?> note(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long id, @RequestBody NoteRequest request) {
        if (blank(request.text()) || request.text().length() > LONGEST_TEXT) {
            return Problems.invalid("text", "a note needs text (at most " + LONGEST_TEXT + " characters)");
        }
        return responses.note(caller.tenantId(), id, caller.email(), request.text().strip())
                .<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> noAlarm(id));
    }

    @ExceptionHandler(AlarmConflictException.class)
    ResponseEntity<ProblemDetail> conflict(AlarmConflictException e) {
        return Problems.conflict(e.getMessage());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static ResponseEntity<ProblemDetail> noAlarm(long id) {
        return Problems.notFound("no alarm " + id);
    }
}
