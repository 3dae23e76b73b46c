package org.vaka.server.notify.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

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
import org.vaka.server.notify.DeliveryAttempt;
import org.vaka.server.notify.Notification;
import org.vaka.server.notify.Outbox;

/** What the customers were sent, or are about to be, with each message's delivery state. Administrators only. */
@RestController
@RequestMapping("/api/v1/outbox")
class OutboxApi {

    static final int MAX_LIMIT = 500;

    private final Outbox outbox;

    OutboxApi(Outbox outbox) {
        this.outbox = outbox;
    }

    /** One message as the API shows it: the customer's words ({@code to}, {@code text}) rather than the table's. */
    record OutboxEntry(long id, String channel, String to, String subject, String text, String status, String reason,
                       Long siteId, Instant createdAt, Instant sentAt, int attempts, Instant nextAttemptAt, String lastError) {

        static OutboxEntry of(Notification n) {
            return new OutboxEntry(n.id(), n.channel(), n.recipient(), n.subject(), n.body(), n.status(), n.reason(),
                    n.siteId(), n.createdAt(), n.sentAt(), n.attempts(), n.nextAttemptAt(), n.lastError());
        }
    }

    /** Newest first; {@code limit} 1 to 500. */
    @GetMapping
    ResponseEntity<?> recent(@AuthenticationPrincipal StaffPrincipal caller,
                             @RequestParam(defaultValue = "50") String limit) {
        int count;
        try {
            count = Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            count = -1;
        }
        if (count < 1 || count > MAX_LIMIT) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "limit must be a whole number from 1 to " + MAX_LIMIT);
            problem.setProperty("field", "limit");
            return ResponseEntity.badRequest().body(problem);
        }
        List<OutboxEntry> entries = outbox.recent(caller.tenantId(), count).stream().map(OutboxEntry::of).toList();
        return ResponseEntity.ok(entries);
    }

    /** The delivery log of one message: every attempt and what the provider answered. */
    @GetMapping("/{id}/attempts")
    ResponseEntity<?> attempts(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long id) {
        Map<Long, List<DeliveryAttempt>> log = outbox.attempts(caller.tenantId(), List.of(id));
        return ResponseEntity.ok(log.getOrDefault(id, List.of()));
    }
}
