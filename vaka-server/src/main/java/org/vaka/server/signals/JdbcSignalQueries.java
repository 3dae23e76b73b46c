package org.vaka.server.signals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcSignalQueries implements SignalQueries {

    private static final String COLUMNS = """
            select s.id, s.account, s.sequence, s.token, s.encrypted, s.receiver, s.line, s.path, s.transport,
                   s.remote_address, s.code, s.meaning, s.category, s.restore, s.known, s.zone, s.user_number, s.area,
                   s.event_count, s.data, s.extended, s.panel_time, s.received_at""";
    private static final String SELECT = COLUMNS + " from signal_log s";
    private static final String SELECT_INDEXED = COLUMNS
            + " from signal_account_index i join signal_log s on s.id = i.signal_id";

    private final JdbcClient jdbc;

    JdbcSignalQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<StoredSignal> recent(long tenantId, String account, int limit) {
        List<Long> accountIds = jdbc.sql("select id from panel_account where tenant_id = ? and account = ?")
                .params(tenantId, account.toUpperCase(Locale.ROOT)).query(Long.class).list();
        if (accountIds.isEmpty()) {
            return List.of();
        }
        // The newest rows are not filed under their account yet: read them from the log's tail by id,
        // the rest through the account index (see SignalIndexer). A row in both is taken once.
        long mark = SignalIndexer.mark(jdbc);
        TreeMap<Long, StoredSignal> newestFirst = new TreeMap<>(Comparator.reverseOrder());
        for (long accountId : accountIds) {
            jdbc.sql(SELECT + " where id > ? and account_id = ? order by id desc limit ?")
                    .params(mark, accountId, limit).query(JdbcSignalQueries::toSignal).list()
                    .forEach(s -> newestFirst.put(s.id(), s));
            jdbc.sql(SELECT_INDEXED + " where i.account_id = ? order by i.signal_id desc limit ?")
                    .params(accountId, limit).query(JdbcSignalQueries::toSignal).list()
                    .forEach(s -> newestFirst.put(s.id(), s));
        }
        return newestFirst.values().stream().limit(limit).toList();
    }

    @Override
    public List<StoredSignal> recent(long tenantId, int limit) {
        return jdbc.sql(SELECT + " where tenant_id = ? order by id desc limit ?")
                .params(tenantId, limit).query(JdbcSignalQueries::toSignal).list();
    }

    @Override
    public List<StoredSignal> between(long tenantId, String account, long fromId, long toId, int limit) {
        return jdbc.sql(SELECT + " where tenant_id = ? and account = ? and id between ? and ? order by id limit ?")
                .params(tenantId, account, fromId, toId, limit).query(JdbcSignalQueries::toSignal).list();
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
