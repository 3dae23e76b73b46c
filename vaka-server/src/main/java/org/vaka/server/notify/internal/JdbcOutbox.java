package org.vaka.server.notify.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.vaka.server.notify.DeliveryAttempt;
import org.vaka.server.notify.Notification;
import org.vaka.server.notify.Outbox;

/**
 * The outbox table. Queuing is one insert on the caller's connection, inside its transaction; the
 * {@link OutboxDispatcher} delivers afterwards. Whether a channel has a provider is decided when a message is
 * queued: one kept as OUTBOX_ONLY is never sent later, when its news may be stale.
 */
@Service
class JdbcOutbox implements Outbox {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Set<String> delivered;

    JdbcOutbox(JdbcClient jdbc, Clock clock, Optional<SmsProvider> sms, Optional<MailProvider> mail) {
        this.jdbc = jdbc;
        this.clock = clock;
        Set<String> channels = new LinkedHashSet<>();
        sms.ifPresent(p -> channels.add(Notification.SMS));
        mail.ifPresent(p -> channels.add(Notification.EMAIL));
        this.delivered = Set.copyOf(channels);
    }

    @Override
    public void sms(long tenantId, Long siteId, String phone, String text, String reason) {
        queue(tenantId, siteId, Notification.SMS, phone, null, text, reason);
    }

    @Override
    public void email(long tenantId, Long siteId, String address, String subject, String text, String reason) {
        queue(tenantId, siteId, Notification.EMAIL, address, subject == null ? "" : subject, text, reason);
    }

    private void queue(long tenantId, Long siteId, String channel, String to, String subject, String text, String reason) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String recipient = to == null ? "" : to.strip();
        // Never an exception here: it would roll back the caller's transaction, and with it the alarm that caused
        // the message. A message nobody can receive is kept as FAILED instead, where staff see it.
        boolean addressed = !recipient.isEmpty();
        boolean sent = addressed && delivered.contains(channel);
        String status = !addressed ? Notification.FAILED : sent ? Notification.QUEUED : Notification.OUTBOX_ONLY;
        jdbc.sql("""
                insert into notification (tenant_id, site_id, channel, recipient, subject, body, reason, status,
                                          attempts, next_attempt_at, last_error, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)""")
                .params(tenantId, siteId, channel, cut(recipient, 254), cut(subject, 200), cut(text == null ? "" : text, 1000),
                        cut(reason == null ? "" : reason, 32), status, sent ? now : null, addressed ? null : "no recipient", now)
                .update();
    }

    @Override
    public List<Notification> recent(long tenantId, int limit) {
        return jdbc.sql("""
                        select id, site_id, channel, recipient, subject, body, reason, status, attempts, created_at,
                               next_attempt_at, sent_at, last_error
                        from notification where tenant_id = ? order by id desc""")
                .param(tenantId).withMaxRows(limit)
                .query((rs, row) -> new Notification(rs.getLong("id"), rs.getObject("site_id", Long.class),
                        rs.getString("channel"), rs.getString("recipient"), rs.getString("subject"), rs.getString("body"),
                        rs.getString("reason"), rs.getString("status"), rs.getInt("attempts"), instant(rs, "created_at"),
                        instant(rs, "next_attempt_at"), instant(rs, "sent_at"), rs.getString("last_error")))
                .list();
    }

    @Override
    public Map<Long, List<DeliveryAttempt>> attempts(long tenantId, Collection<Long> notificationIds) {
        if (notificationIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<DeliveryAttempt>> log = new LinkedHashMap<>();
        jdbc.sql("""
                        select a.notification_id, a.attempted_at, a.outcome, a.detail
                        from notification_attempt a join notification n on n.id = a.notification_id
                        where n.tenant_id = :tenant and a.notification_id in (:ids) order by a.id""")
                .param("tenant", tenantId).param("ids", notificationIds)
                .query((rs, row) -> new DeliveryAttempt(rs.getLong("notification_id"), instant(rs, "attempted_at"),
                        rs.getString("outcome"), rs.getString("detail")))
                .list()
                .forEach(a -> log.computeIfAbsent(a.notificationId(), id -> new ArrayList<>()).add(a));
        return log;
    }

    @Override
    public Set<String> deliveredChannels() {
        return delivered;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
