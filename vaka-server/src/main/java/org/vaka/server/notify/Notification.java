package org.vaka.server.notify;

import java.time.Instant;

/** One message to a customer, as the outbox keeps it. */
public record Notification(long id, Long siteId, String channel, String recipient, String body, String reason,
                           String status, Instant createdAt) {
}
