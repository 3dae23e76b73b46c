package org.vaka.server.notify;

import java.time.Instant;

/**
 * One message to a customer, as the outbox keeps it. {@code status} is one of {@link #QUEUED}, {@link #SENDING},
 * {@link #RETRYING}, {@link #SENT}, {@link #FAILED} or {@link #OUTBOX_ONLY}; {@code subject} is only for e-mail.
 */
public record Notification(long id, Long siteId, String channel, String recipient, String subject, String body,
                           String reason, String status, int attempts, Instant createdAt, Instant nextAttemptAt,
                           Instant sentAt, String lastError) {

    public static final String SMS = "SMS";
    public static final String EMAIL = "EMAIL";

    /** Waiting for its first attempt. */
    public static final String QUEUED = "QUEUED";
    /** Claimed by a server node that is handing it to the provider right now. */
    public static final String SENDING = "SENDING";
    /** An attempt failed for a reason that may pass; tried again at {@code nextAttemptAt}. */
    public static final String RETRYING = "RETRYING";
    /** The provider took it. */
    public static final String SENT = "SENT";
    /** The provider refused it for good, or the last attempt failed. */
    public static final String FAILED = "FAILED";
    /** No provider for the channel when it was queued (the embedded default): kept and shown, never sent. */
    public static final String OUTBOX_ONLY = "OUTBOX_ONLY";
}
