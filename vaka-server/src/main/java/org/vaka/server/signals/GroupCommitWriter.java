package org.vaka.server.signals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The one writer of the signal log. Signals from every connection queue here; the writer takes all that
 * are waiting (up to {@code maxBatch}), inserts them in one transaction, commits, and only then completes
 * their futures so the receiver can ACK. One commit per batch instead of per frame is what lets a
 * durable log keep up with tens of thousands of panels (group commit, as databases do with their WAL).
 *
 * <p>Being the only writer also makes retransmission detection race-free: the writer alone decides
 * whether a frame repeats the account's last message.
 */
@Component
class GroupCommitWriter implements SignalLog, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(GroupCommitWriter.class);
    private static final int ROWS_PER_STATEMENT = 64;
    private static final String COLUMNS = """
            insert into signal_log (id, tenant_id, account_id, account, sequence, token, encrypted, receiver, line, path,
              transport, remote_address, code, meaning, category, restore, known, zone, user_number, area,
              event_count, data, extended, panel_time, received_at) values """;
    private static final String ROW = "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

    private final DataSource dataSource;
    private final SignalsSettings settings;
    private final LiveSignals live;
    private final BlockingQueue<Pending> queue;
    /** Per account, the last message in the log: what a retransmission would repeat. Writer thread only. */
    private final Map<Long, LastMessage> lastByAccount = new HashMap<>();

    private final Counter storedCounter;
    private final Counter duplicateCounter;
    private final DistributionSummary batchSizes;
    private final Timer commitTimer;

    private final SignalIndexer indexer;
    /** Writer thread only (and start(), before the thread exists). */
    private long nextId;
    private volatile boolean running;
    private Thread thread;

    GroupCommitWriter(DataSource dataSource, SignalsSettings settings, LiveSignals live, SignalIndexer indexer,
                      MeterRegistry meters) {
        this.indexer = indexer;
        this.dataSource = dataSource;
        this.settings = settings;
        this.live = live;
        this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
        this.storedCounter = meters.counter("vaka.signals.stored");
        this.duplicateCounter = meters.counter("vaka.signals.duplicates");
        this.batchSizes = DistributionSummary.builder("vaka.signals.batch.size").register(meters);
        this.commitTimer = Timer.builder("vaka.signals.commit").publishPercentiles(0.5, 0.99).register(meters);
        Gauge.builder("vaka.signals.queue", queue, BlockingQueue::size)
                .description("signals waiting to be committed").register(meters);
    }

    @Override
    public CompletableFuture<Appended> append(IncomingSignal signal) {
        Pending pending = new Pending(signal, new CompletableFuture<>());
        if (!running) {
            pending.done().completeExceptionally(new SignalLogUnavailable("the signal log is not running", null));
        } else if (!queue.offer(pending)) {
            pending.done().completeExceptionally(new SignalLogUnavailable(
                    "the signal log queue is full (" + settings.queueCapacity() + " waiting)", null));
        }
        return pending.done();
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(settings.maxBatch());
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, settings.maxBatch() - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                log.error("signal log writer: unexpected failure, {} signals not ACKed", batch.size(), e);
                fail(batch, e);
            } finally {
                batch.clear();
            }
        }
        List<Pending> rest = new ArrayList<>();
        queue.drainTo(rest);
        fail(rest, new IllegalStateException("shutting down"));
    }

    private void write(List<Pending> batch) {
        Map<Long, LastMessage> overlay = new HashMap<>();
        long firstId;
        List<Pending> toStore = new ArrayList<>(batch.size());
        boolean[] duplicate = new boolean[batch.size()];
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            if (nextId < 0) {
                nextId = SignalIndexer.newestId(c) + 1;
            }
            c.setAutoCommit(false);
            try {
                for (int i = 0; i < batch.size(); i++) {
                    IncomingSignal s = batch.get(i).signal();
                    if (!s.generated()) {
                        LastMessage last = overlay.get(s.accountId());
                        if (last == null) {
                            last = lastByAccount.computeIfAbsent(s.accountId(), id -> {
                                LastMessage found = loadLast(c, id);
                                return found == null ? LastMessage.NONE : found;
                            });
                        }
                        if (last != LastMessage.NONE && last.repeatedBy(s, settings.duplicateWindow())) {
                            duplicate[i] = true;
                            continue;
                        }
                        overlay.put(s.accountId(), new LastMessage(s.sequence(), s.content(), s.receivedAt()));
                    }
                    toStore.add(batch.get(i));
                }
                firstId = nextId;
                insert(c, toStore, firstId);
                c.commit();
                nextId = firstId + toStore.size();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            }
        } catch (SQLException e) {
            log.error("signal log: commit of {} signals failed; panels get no ACK and will resend: {}",
                    batch.size(), e.getMessage());
            // The commit's fate is unknown: before the next batch, read the newest id and each account's
            // last message again from the database, so a resend of a frame that did commit is still seen.
            nextId = -1;
            lastByAccount.clear();
            fail(batch, e);
            return;
        }
        lastByAccount.putAll(overlay);
        long[] accountIds = new long[toStore.size()];
        for (int i = 0; i < accountIds.length; i++) {
            accountIds[i] = toStore.get(i).signal().accountId();
        }
        indexer.committed(firstId, accountIds);
        commitTimer.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        batchSizes.record(batch.size());
        storedCounter.increment(toStore.size());
        duplicateCounter.increment(batch.size() - toStore.size());
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).done().complete(duplicate[i] ? Appended.DUPLICATE : Appended.STORED);
        }
        List<LiveSignals.TenantSignal> shown = new ArrayList<>(Math.min(toStore.size(), 256));
        for (int i = Math.max(0, toStore.size() - 256); i < toStore.size(); i++) {
            IncomingSignal s = toStore.get(i).signal();
            shown.add(new LiveSignals.TenantSignal(s.tenantId(), view(s)));
        }
        live.record(shown, batch.size() - toStore.size());
    }

    private void insert(Connection c, List<Pending> rows, long firstId) throws SQLException {
        int at = 0;
        PreparedStatement full = null;
        try {
            while (at < rows.size()) {
                int n = Math.min(ROWS_PER_STATEMENT, rows.size() - at);
                if (n == ROWS_PER_STATEMENT) {
                    if (full == null) {
                        full = c.prepareStatement(statementFor(n));
                    }
                    bind(full, rows, at, n, firstId);
                    full.executeUpdate();
                } else {
                    try (PreparedStatement tail = c.prepareStatement(statementFor(n))) {
                        bind(tail, rows, at, n, firstId);
                        tail.executeUpdate();
                    }
                }
                at += n;
            }
        } finally {
            if (full != null) {
                full.close();
            }
        }
    }

    private static String statementFor(int rows) {
        StringBuilder sql = new StringBuilder(COLUMNS.length() + rows * (ROW.length() + 1));
        sql.append(COLUMNS);
        for (int i = 0; i < rows; i++) {
            if (i > 0) {
                sql.append(',');
            }
            sql.append(ROW);
        }
        return sql.toString();
    }

    private static void bind(PreparedStatement ps, List<Pending> rows, int from, int n, long firstId) throws SQLException {
        int p = 1;
        for (int i = from; i < from + n; i++) {
            IncomingSignal s = rows.get(i).signal();
            ps.setLong(p++, firstId + i);
            ps.setLong(p++, s.tenantId());
            ps.setLong(p++, s.accountId());
            ps.setString(p++, s.account());
            ps.setString(p++, s.sequence());
            ps.setString(p++, s.token());
            ps.setBoolean(p++, s.encrypted());
            ps.setString(p++, s.receiver());
            ps.setString(p++, s.line());
            ps.setString(p++, s.path());
            ps.setString(p++, s.transport().name());
            ps.setString(p++, s.remoteAddress());
            ps.setString(p++, s.code());
            ps.setString(p++, s.meaning());
            ps.setString(p++, s.category());
            ps.setBoolean(p++, s.restore());
            ps.setBoolean(p++, s.known());
            ps.setString(p++, s.zone());
            ps.setString(p++, s.user());
            ps.setString(p++, s.area());
            ps.setInt(p++, s.eventCount());
            ps.setString(p++, s.data());
            ps.setString(p++, s.extended());
            setInstant(ps, p++, s.panelTime());
            setInstant(ps, p++, s.receivedAt());
        }
    }

    private static void setInstant(PreparedStatement ps, int index, Instant instant) throws SQLException {
        if (instant == null) {
            ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(index, instant.atOffset(java.time.ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }

    private LastMessage loadLast(Connection c, long accountId) {
        try {
            LastMessage last = lastFrom(c, """
                    select sequence, token, data, extended, received_at from signal_log
                    where id > (select indexed_up_to from signal_index_mark where id = 1)
                      and account_id = ? and transport <> 'GEN' order by id desc limit 1""", accountId);
            return last != null ? last : lastFrom(c, """
                    select s.sequence, s.token, s.data, s.extended, s.received_at
                    from signal_account_index i join signal_log s on s.id = i.signal_id
                    where i.account_id = ? and s.transport <> 'GEN' order by i.signal_id desc limit 1""", accountId);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the last signal of account id " + accountId, e);
        }
    }

    private static LastMessage lastFrom(Connection c, String sql, long accountId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                String content = IncomingSignal.contentOf(rs.getString("token"), rs.getString("data"), rs.getString("extended"));
                Timestamp at = rs.getTimestamp("received_at");
                return new LastMessage(rs.getString("sequence"), content, at.toInstant());
            }
        }
    }

    private static StoredSignal view(IncomingSignal s) {
        return new StoredSignal(0, s.account(), s.sequence(), s.token(), s.encrypted(), s.receiver(), s.line(), s.path(),
                s.transport().name(), s.remoteAddress(), s.code(), s.meaning(), s.category(), s.restore(), s.known(),
                s.zone(), s.user(), s.area(), s.eventCount(), s.data(), s.extended(), s.panelTime(), s.receivedAt());
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the original failure is what matters
        }
    }

    private static void fail(List<Pending> batch, Throwable cause) {
        for (Pending p : batch) {
            p.done().completeExceptionally(new SignalLogUnavailable("the signal was not stored: " + cause.getMessage(), cause));
        }
    }

    @Override
    public void start() {
        // The only writer numbers the rows itself: ids are then known without asking the database back,
        // and they are committed strictly in order, which SignalIndexer relies on.
        try (Connection c = dataSource.getConnection()) {
            nextId = SignalIndexer.newestId(c) + 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the signal log: " + e.getMessage(), e);
        }
        running = true;
        thread = Thread.ofPlatform().name("signal-log-writer").daemon(false).start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stop after the receiver (which stops first, at a higher phase) so in-flight signals still commit. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 100;
    }

    private record Pending(IncomingSignal signal, CompletableFuture<Appended> done) {
    }

    /** The account's latest message in the log, to recognise a panel sending it again. */
    private record LastMessage(String sequence, String content, Instant receivedAt) {
        static final LastMessage NONE = new LastMessage(null, null, null);

        boolean repeatedBy(IncomingSignal s, Duration window) {
            return sequence.equals(s.sequence()) && content.equals(s.content())
                    && !s.receivedAt().isAfter(receivedAt.plus(window));
        }
    }
}
