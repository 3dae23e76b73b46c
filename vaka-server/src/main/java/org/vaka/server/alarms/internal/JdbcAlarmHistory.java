package org.vaka.server.alarms.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.vaka.server.alarms.AlarmHistory;
import org.vaka.server.alarms.AlarmView;
import org.vaka.server.signals.SignalQueries;
import org.vaka.server.signals.StoredSignal;

@Service
class JdbcAlarmHistory implements AlarmHistory {

    private final JdbcClient jdbc;
    private final SignalQueries signals;

    JdbcAlarmHistory(JdbcClient jdbc, SignalQueries signals) {
        this.jdbc = jdbc;
        this.signals = signals;
    }

    @Override
    public List<AlarmView> closed(long tenantId, String account, int limit) {
        return account == null
                ? jdbc.sql(JdbcAlarmQueue.SELECT + " where tenant_id = ? and status = 'CLOSED' order by closed_at desc, id desc")
                        .param(tenantId).withMaxRows(limit).query(JdbcAlarmQueue::toView).list()
                : jdbc.sql(JdbcAlarmQueue.SELECT
                                + " where tenant_id = ? and account = ? and status = 'CLOSED' order by closed_at desc, id desc")
                        .params(tenantId, account).withMaxRows(limit).query(JdbcAlarmQueue::toView).list();
    }

    /** An alarm's signals are its site's signals of its kind between its first and last; the first may be of another (a disarm). */
    @Override
    public List<StoredSignal> events(long tenantId, long alarmId, int limit) {
        record Span(String account, String kind, long first, long last) {
        }
        return jdbc.sql("select account, kind, first_signal_id, last_signal_id from alarm where tenant_id = ? and id = ?")
                .params(tenantId, alarmId)
                .query((rs, row) -> new Span(rs.getString("account"), rs.getString("kind"), rs.getLong("first_signal_id"),
                        rs.getLong("last_signal_id")))
                .optional()
                .filter(span -> span.first() > 0)
                .map(span -> signals.between(tenantId, span.account(), span.first(), span.last(), limit).stream()
                        .filter(s -> s.id() == span.first() || span.kind().equals(s.category()))
                        .toList())
                .orElse(List.of());
    }
}
