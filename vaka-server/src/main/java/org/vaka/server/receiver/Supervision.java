package org.vaka.server.receiver;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.vaka.server.signals.IncomingSignal;
import org.vaka.server.signals.IncomingSignal.Transport;
import org.vaka.server.signals.SignalLog;
import org.vaka.server.sites.PanelAccount;
import org.vaka.server.sites.PanelAccounts;

/**
 * Knows when each account was last heard on each path, from valid messages only (never from TCP
 * connection state), and writes a "communication fault" into the signal log when a path stays silent
 * longer than the account's supervision interval — and a restore when it is heard again.
 *
 * <p>Last-heard times are kept in memory and flushed to the database every check, so a restart
 * remembers which paths existed and which were in fault.
 */
@Component
public class Supervision {

    private static final Logger log = LoggerFactory.getLogger(Supervision.class);
    static final String FAULT_CODE = "YC";
    static final String RESTORE_CODE = "YK";

    private final PanelAccounts accounts;
    private final SignalLog signalLog;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Map<PathKey, PathState> paths = new ConcurrentHashMap<>();

    Supervision(PanelAccounts accounts, SignalLog signalLog, JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        this.transaction = transaction;
        this.accounts = accounts;
        this.signalLog = signalLog;
        this.jdbc = jdbc;
        this.clock = clock;
        jdbc.sql("select account_id, path, last_heard, in_fault from supervision_path")
                .query(rs -> {
                    PathState state = new PathState(rs.getTimestamp("last_heard").toInstant(), rs.getBoolean("in_fault"));
                    state.persisted = true;
                    paths.put(new PathKey(rs.getLong("account_id"), rs.getString("path")), state);
                });
    }

    /** A valid message came in from the account on the path. */
    void heard(PanelAccount account, String path, Instant at) {
        PathState state = paths.computeIfAbsent(new PathKey(account.id(), path), k -> new PathState(at, false));
        boolean restored;
        synchronized (state) {
            if (at.isAfter(state.lastHeard)) {
                state.lastHeard = at;
            }
            state.dirty = true;
            restored = state.inFault;
            state.inFault = false;
        }
        if (restored) {
            // Not awaited: this runs on the writer's completion thread, which must never wait for itself.
            record(account, path, RESTORE_CODE, "Communication restored on path " + path, true, at);
        }
    }

    /** Looks for silent paths. Runs on a schedule; tests call it after moving their clock. */
    @Scheduled(fixedDelayString = "${vaka.receiver.supervision-check-interval:5s}")
    public void check() {
        Instant now = clock.instant();
        List<Runnable> faults = new ArrayList<>();
        paths.forEach((key, state) -> {
            PanelAccount account = accounts.byId(key.accountId()).orElse(null);
            if (account == null) {
                return;
            }
            Duration silent = Duration.between(state.lastHeard, now);
            synchronized (state) {
                if (!state.inFault && silent.getSeconds() > account.supervisionSeconds()) {
                    state.inFault = true;
                    state.dirty = true;
                    faults.add(() -> record(account, key.path(), FAULT_CODE, "Communication fault: path " + key.path()
                            + " silent for " + silent.getSeconds() + " s (interval " + account.supervisionSeconds() + " s)",
                            false, now));
                }
            }
        });
        faults.forEach(Runnable::run);
        flush();
    }

    /** Current state per path of one account, for the console and tests. */
    public List<PathStatus> status(long accountId) {
        List<PathStatus> out = new ArrayList<>();
        paths.forEach((key, state) -> {
            if (key.accountId() == accountId) {
                out.add(new PathStatus(key.path(), state.lastHeard, state.inFault));
            }
        });
        return out;
    }

    public record PathStatus(String path, Instant lastHeard, boolean inFault) {
    }

    private void record(PanelAccount account, String path, String code, String meaning, boolean restore, Instant at) {
        IncomingSignal signal = new IncomingSignal(account.tenantId(), account.id(), account.account(), "0000", "VAKA",
                false, null, null, path, Transport.GEN, null, code, meaning, "SUPERVISION", restore, true, null, null,
                null, 1, meaning, null, null, at, true);
        signalLog.append(signal).whenComplete((appended, failure) -> {
            if (failure != null) {
                log.error("could not log '{}' for account {}: {}", meaning, account.account(), failure.getMessage());
            } else {
                log.info("account {}: {}", account.account(), meaning);
            }
        });
    }

    /** All changed paths in one transaction: one commit per check, not one per account. */
    private void flush() {
        record Change(PathKey key, Instant lastHeard, boolean inFault, boolean insert) {
        }
        List<Change> changes = new ArrayList<>();
        paths.forEach((key, state) -> {
            synchronized (state) {
                if (state.dirty) {
                    changes.add(new Change(key, state.lastHeard, state.inFault, !state.persisted));
                    state.dirty = false;
                    state.persisted = true;
                }
            }
        });
        if (changes.isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            for (Change c : changes) {
                if (c.insert()) {
                    jdbc.sql("insert into supervision_path (account_id, path, last_heard, in_fault) values (?, ?, ?, ?)")
                            .params(c.key().accountId(), c.key().path(), c.lastHeard().atOffset(ZoneOffset.UTC), c.inFault())
                            .update();
                } else {
                    jdbc.sql("update supervision_path set last_heard = ?, in_fault = ? where account_id = ? and path = ?")
                            .params(c.lastHeard().atOffset(ZoneOffset.UTC), c.inFault(), c.key().accountId(), c.key().path())
                            .update();
                }
            }
        });
    }

    private record PathKey(long accountId, String path) {
    }

    private static final class PathState {
        Instant lastHeard;
        boolean inFault;
        boolean dirty = true;
        boolean persisted;

        PathState(Instant lastHeard, boolean inFault) {
            this.lastHeard = lastHeard;
            this.inFault = inFault;
        }
    }
}
