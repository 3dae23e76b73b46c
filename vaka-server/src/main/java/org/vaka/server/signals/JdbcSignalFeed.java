package org.vaka.server.signals;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcSignalFeed implements SignalFeed {

    private final JdbcClient jdbc;

    JdbcSignalFeed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<LoggedSignal> after(long afterId, int limit) {
        return jdbc.sql("""
                        select id, tenant_id, account_id, account, code, meaning, category, restore, zone, user_number,
                               received_at
                        from signal_log where id > ? order by id limit ?""")
                .params(afterId, limit)
                .query((rs, row) -> new LoggedSignal(rs.getLong("id"), rs.getLong("tenant_id"), rs.getLong("account_id"),
                        rs.getString("account"), rs.getString("code"), rs.getString("meaning"), rs.getString("category"),
                        rs.getBoolean("restore"), rs.getString("zone"), rs.getString("user_number"),
                        rs.getObject("received_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    @Override
    public long newestId() {
        return jdbc.sql("select coalesce(max(id), 0) from signal_log").query(Long.class).single();
    }
}
