package org.vaka.server.signals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Files the log's rows under their account, a little behind the log and in large batches sorted by
 * account, so each account's index page is rewritten once per batch instead of once per group commit.
 *
 * <p>The writer hands over what it committed (ids are its own, consecutive and committed in order), so
 * filing needs no read of the log. After a restart, or when the hand-over overflowed, the rows between
 * the stored mark and the first handed-over id are read back from the log instead: the mark never
 * skips a row, and a row is never filed twice.
 */
@Component
public class SignalIndexer {

    private static final Logger log = LoggerFactory.getLogger(SignalIndexer.class);
    private static final int MAX_HANDED_OVER = 2_000_000;
    private static final int ROWS_PER_STATEMENT = 256;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final ConcurrentLinkedQueue<Committed> handedOver = new ConcurrentLinkedQueue<>();
    private final AtomicLong handedOverRows = new AtomicLong();
    private volatile boolean overflowed;

    SignalIndexer(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Called by the writer after each commit: rows firstId, firstId+1, ... belong to these accounts. */
    void committed(long firstId, long[] accountIds) {
        if (accountIds.length == 0) {
            return;
        }
        if (handedOverRows.addAndGet(accountIds.length) > MAX_HANDED_OVER) {
            overflowed = true; // the log itself still has them: they are read back from it
            handedOverRows.addAndGet(-accountIds.length);
            return;
        }
        handedOver.add(new Committed(firstId, accountIds));
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        catchUp();
    }

    @Scheduled(fixedDelayString = "${vaka.signals.index-interval:500ms}")
    void onSchedule() {
        catchUp();
    }

    /** Files everything committed so far; runs on a schedule, tests call it directly. @return rows filed */
    public synchronized long catchUp() {
        List<Committed> batches = new ArrayList<>();
        for (Committed c; (c = handedOver.poll()) != null; ) {
            batches.add(c);
            handedOverRows.addAndGet(-c.accountIds().length);
        }
        boolean readBack = overflowed;
        overflowed = false;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long mark = readMark(c);
            long filed = 0;
            long[] pairs = toSortedPairs(batches, mark);
            long firstHanded = batches.isEmpty() ? Long.MAX_VALUE : batches.getFirst().firstId();
            long lastHanded = batches.isEmpty() ? mark : batches.getLast().firstId() + batches.getLast().accountIds().length - 1;
            if (readBack || firstHanded > mark + 1) {
                // Rows committed before this process, or lost from the hand-over: read them back.
                long upTo = readBack || batches.isEmpty() ? newestId(c) : firstHanded - 1;
                if (upTo > mark) {
                    try (PreparedStatement ps = c.prepareStatement("""
                            insert into signal_account_index (account_id, signal_id)
                            select account_id, id from signal_log where id > ? and id <= ?""")) {
                        ps.setLong(1, mark);
                        ps.setLong(2, upTo);
                        filed += ps.executeUpdate();
                    }
                    mark = upTo;
                    pairs = toSortedPairs(batches, mark);
                }
            }
            filed += insertPairs(c, pairs);
            long newMark = Math.max(mark, lastHanded);
            try (PreparedStatement ps = c.prepareStatement("update signal_index_mark set indexed_up_to = ? where id = 1")) {
                ps.setLong(1, newMark);
                ps.executeUpdate();
            }
            c.commit();
            if (filed > 100_000) {
                log.info("filed {} signals under their accounts", filed);
            }
            return filed;
        } catch (SQLException e) {
            // Nothing is lost: the rows are in the log and will be read back from it next time.
            overflowed = true;
            log.warn("filing signals under their accounts failed, will retry: {}", e.getMessage());
            return 0;
        }
    }

    /** (accountId, signalId) pairs above the mark, sorted by account then id, packed two longs each. */
    private static long[] toSortedPairs(List<Committed> batches, long mark) {
        int n = 0;
        for (Committed b : batches) {
            n += b.accountIds().length;
        }
        long[][] rows = new long[n][];
        int at = 0;
        for (Committed b : batches) {
            for (int i = 0; i < b.accountIds().length; i++) {
                long id = b.firstId() + i;
                if (id > mark) {
                    rows[at++] = new long[] {b.accountIds()[i], id};
                }
            }
        }
        rows = Arrays.copyOf(rows, at);
        Arrays.sort(rows, (x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
        long[] pairs = new long[at * 2];
        for (int i = 0; i < at; i++) {
            pairs[2 * i] = rows[i][0];
            pairs[2 * i + 1] = rows[i][1];
        }
        return pairs;
    }

    private static long insertPairs(Connection c, long[] pairs) throws SQLException {
        int rows = pairs.length / 2;
        int at = 0;
        while (at < rows) {
            int n = Math.min(ROWS_PER_STATEMENT, rows - at);
            StringBuilder sql = new StringBuilder("insert into signal_account_index (account_id, signal_id) values ");
            for (int i = 0; i < n; i++) {
                sql.append(i == 0 ? "(?,?)" : ",(?,?)");
            }
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < n; i++) {
                    ps.setLong(2 * i + 1, pairs[2 * (at + i)]);
                    ps.setLong(2 * i + 2, pairs[2 * (at + i) + 1]);
                }
                ps.executeUpdate();
            }
            at += n;
        }
        return rows;
    }

    private static final String MARK = "select indexed_up_to from signal_index_mark where id = 1";

    private static long readMark(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(MARK);
             var rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The highest id in the log, 0 when it is empty. The writer starts numbering after it. */
    static long newestId(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select coalesce(max(id), 0) from signal_log"); var rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static long mark(JdbcClient jdbc) {
        return jdbc.sql(MARK).query(Long.class).single();
    }

    private record Committed(long firstId, long[] accountIds) {
    }
}
