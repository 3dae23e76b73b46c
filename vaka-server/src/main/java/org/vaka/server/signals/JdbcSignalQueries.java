package org.vaka.server.signals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcSignalQueries implements SignalQueries {

    private static final String SELECT = """
            select id, account, sequence, token, encrypted, receiver, line, path, transport, remote_address, code,
                   meaning, category, restore, known, zone, user_number, area, event_count, data, extended,
                   panel_time, received_at
            from signal_log""";

    private final JdbcClient jdbc;

    JdbcSignalQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<StoredSignal> recent(long tenantId, String account, int limit) {
        // By account id, so the (account_id, id) index serves "newest first" directly.
        return jdbc.sql(SELECT + " " + """
                 where account_id in (select id from panel_account where tenant_id = ? and account = ?)
                 order by id desc limit ?""")
                .params(tenantId, account.toUpperCase(Locale.ROOT), limit)
                .query(JdbcSignalQueries::toSignal).list();
    }

    @Override
    public List<StoredSignal> recent(long tenantId, int limit) {
        return jdbc.sql(SELECT + " where tenant_id = ? order by id desc limit ?")
                .params(tenantId, limit).query(JdbcSignalQueries::toSignal).list();
    }

    private static StoredSignal toSignal(ResultSet rs, int row) throws SQLException {
        return new StoredSignal(rs.getLong("id"), rs.getString("account"), rs.getString("sequence"), rs.getString("token"),
                rs.getBoolean("encrypted"), rs.getString("receiver"), rs.getString("line"), rs.getString("path"),
                rs.getString("transport"), rs.getString("remote_address"), rs.getString("code"), rs.getString("meaning"),
                rs.getString("category"), rs.getBoolean("restore"), rs.getBoolean("known"), rs.getString("zone"),
                rs.getString("user_number"), rs.getString("area"), rs.getInt("event_count"), rs.getString("data"),
                rs.getString("extended"), instant(rs, "panel_time"), instant(rs, "received_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
