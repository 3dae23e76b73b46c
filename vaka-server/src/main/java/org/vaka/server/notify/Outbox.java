package org.vaka.server.notify;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Messages to customers. Queued in the caller's transaction, so a message exists exactly when what caused it was
 * committed; delivered afterwards, with retries, by whichever server node claims it first. A channel with no
 * provider configured (the embedded default) keeps its messages here as {@link Notification#OUTBOX_ONLY}, visible
 * in the console. Queuing never throws for a bad recipient: that would undo the cause; such a message is kept as
 * {@link Notification#FAILED}.
 */
public interface Outbox {

    void sms(long tenantId, Long siteId, String phone, String text, String reason);

    void email(long tenantId, Long siteId, String address, String subject, String text, String reason);

    /** Newest first. */
    List<Notification> recent(long tenantId, int limit);

    /** The delivery log of those of the tenant's messages, oldest attempt first. */
    Map<Long, List<DeliveryAttempt>> attempts(long tenantId, Collection<Long> notificationIds);

    /** The channels ({@link Notification#SMS}, {@link Notification#EMAIL}) that have a provider to send through. */
    Set<String> deliveredChannels();
}
