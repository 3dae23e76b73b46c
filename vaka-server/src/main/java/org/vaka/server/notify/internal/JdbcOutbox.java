package org.vaka.server.notify.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.vaka.server.notify.Notification;
import org.vaka.server.notify.Outbox;

@Service
class JdbcOutbox implements Outbox {

    /** No provider in the embedded mode: the message is kept and shown, not sent. */
    static final String KEPT = "OUTBOX_ONLY";

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcOutbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void sms(long tenantId, Long siteId, String phone, String text, String reason) {
        jdbc.sql("""
                insert into notification (tenant_id, site_id, channel, recipient, body, reason, status, created_at)
                values (?, ?, 'SMS', ?, ?, ?, ?, ?)""")
                .params(tenantId, siteId, phone, text.length() > 1000 ? text.substring(0, 1000) : text, reason, KEPT,
                        OffsetDateTime.now(clock))
                .update();
    }

    @Override
    public List<Notification> recent(long tenantId, int limit) {
        return jdbc.sql("""
                        select id, site_id, channel, recipient, body, reason, status, created_at
                        from notification where tenant_id = ? order by id desc""")
                .param(tenantId).withMaxRows(limit)
                .query((rs, row) -> new Notification(rs.getLong("id"), rs.getObject("site_id", Long.class),
                        rs.getString("channel"), rs.getString("recipient"), rs.getString("body"), rs.getString("reason"),
                        rs.getString("status"), rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
