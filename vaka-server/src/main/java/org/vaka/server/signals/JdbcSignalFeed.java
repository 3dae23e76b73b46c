package org.vaka.server.signals;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vaka.protocol.event.AlarmEvent;
import org.vaka.protocol.event.EventDecoder;

@Component
class JdbcSignalFeed implements SignalFeed {

    private final JdbcClient jdbc;

    JdbcSignalFeed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One row per frame in the log; a frame that carried several events (SIA lets a panel batch them) becomes one
     * {@link LoggedSignal} per event, all with the row's id, so whoever follows the log sees every event.
     */
    @Override
    public List<LoggedSignal> after(long afterId, int limit) {
        List<LoggedSignal> signals = new ArrayList<>();
        jdbc.sql(COLUMNS + " where id > ? order by id limit ?")
                .params(afterId, limit)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> read(rs, signals));
        return signals;
    }

    /** A row's own category is its first event's: a frame of several events may hide one further in, so those are read too. */
    @Override
    public List<LoggedSignal> ahead(long afterId, long upToId, java.util.Set<String> categories) {
        List<LoggedSignal> signals = new ArrayList<>();
        List<Object> params = new ArrayList<>(List.of(afterId, upToId));
        params.addAll(categories);
        jdbc.sql(COLUMNS + " where id > ? and id <= ? and (event_count > 1 or category in ("
                        + String.join(",", java.util.Collections.nCopies(categories.size(), "?")) + ")) order by id")
                .params(params)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> read(rs, signals));
        return signals.stream().filter(s -> !s.restore() && categories.contains(s.category())).toList();
    }

    private static final String COLUMNS = """
            select id, tenant_id, account_id, account, token, data, event_count, code, meaning, category, restore,
                   zone, user_number, received_at
            from signal_log""";

    private static void read(java.sql.ResultSet rs, List<LoggedSignal> signals) throws java.sql.SQLException {
        LoggedSignal first = new LoggedSignal(rs.getLong("id"), rs.getLong("tenant_id"), rs.getLong("account_id"),
                rs.getString("account"), rs.getString("code"), rs.getString("meaning"), rs.getString("category"),
                rs.getBoolean("restore"), rs.getString("zone"), rs.getString("user_number"),
                rs.getObject("received_at", OffsetDateTime.class).toInstant());
        if (rs.getInt("event_count") <= 1) {
            signals.add(first);
            return;
        }
        for (AlarmEvent e : EventDecoder.decode(rs.getString("token"), rs.getString("data"))) {
            signals.add(new LoggedSignal(first.id(), first.tenantId(), first.accountId(), first.account(), e.code(),
                    e.meaning(), e.category().name(), e.restore(), e.zone(), e.user(), first.receivedAt()));
        }
    }

    @Override
    public long newestId() {
        return jdbc.sql("select coalesce(max(id), 0) from signal_log").query(Long.class).single();
    }
}
