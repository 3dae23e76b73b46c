package org.vaka.server.notify;

import java.util.List;

/**
 * Messages to customers. Queued in the caller's transaction, so a message exists exactly when what caused it was
 * committed. With no SMS provider configured (the embedded default) they stay in the outbox, visible in the console.
 */
public interface Outbox {

    void sms(long tenantId, Long siteId, String phone, String text, String reason);

    /** Newest first. */
    List<Notification> recent(long tenantId, int limit);
}
