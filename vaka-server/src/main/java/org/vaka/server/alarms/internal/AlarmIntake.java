package org.vaka.server.alarms.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.vaka.server.alarms.AlarmKind;
import org.vaka.server.signals.LoggedSignal;
import org.vaka.server.signals.SignalFeed;
import org.vaka.server.sites.PanelAccount;
import org.vaka.server.sites.PanelAccounts;

/**
 * Turns the signal log into alarms, following it by id a fraction of a second behind. The alarms a batch makes and
 * the mark that says how far the log was read commit together, so after a crash the intake resumes where it
 * stopped: no signal raises an alarm twice, none is missed. A further event of an alarm that is still open joins
 * it instead of raising another; a restore marks it restored and leaves it to the operator.
 *
 * <p>A batch is folded in memory first — per site and kind, how many events joined, the last one, whether the last
 * word was a restore — and then written with one statement per alarm and one batch for the joined signals, so a
 * storm of technical events costs the database little and a fire behind it waits for no one.
 */
@Component
class AlarmIntake {

    static final int BATCH = 2000;
    /** The kinds that cannot wait behind a storm: read ahead of the log's order when the intake is behind. */
    static final java.util.Set<String> LIFE_SAFETY = java.util.Set.of(AlarmKind.FIRE.name(), AlarmKind.PANIC.name(),
            AlarmKind.DURESS.name(), AlarmKind.MEDICAL.name());
    static final int SET_ASIDE_AFTER = 3;
    static final String SYSTEM = "system";
    /** SIA "opening": disarmed by a user, whose number the event carries. */
    static final String OPENING = "OP";
    private static final int IN_LIST = 500;

    private static final Logger log = LoggerFactory.getLogger(AlarmIntake.class);

    private final SignalFeed feed;
    private final PanelAccounts accounts;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transaction;

    private volatile long readUpTo = -1;
    private final int batch;
    /** How far the look-ahead has read; it never reads a row twice. Restarts from the mark. */
    private long lookedAheadTo = -1;
    /** The signal that last failed alone, and how many rounds running it has. */
    private long suspect = -1;
    private int suspectFailures;
    private final io.micrometer.core.instrument.Counter setAside;
    private final java.time.Clock clock;
    private final java.time.Duration abortWindow;
    private final JdbcSiteModes modes;
    private final CustomerNotices notices;
    private final AlarmTrail trail;
    private final ArmingFollower arming;
    private final TestModeReports testReports;
    private final AlarmChecklist checklist;
    private final MainsFollower mains;

    AlarmIntake(SignalFeed feed, PanelAccounts accounts, JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transaction,
                JdbcSiteModes modes, CustomerNotices notices, AlarmTrail trail, ArmingFollower arming,
                TestModeReports testReports, AlarmChecklist checklist, MainsFollower mains,
                io.micrometer.core.instrument.MeterRegistry meters, java.time.Clock clock,
                @org.springframework.beans.factory.annotation.Value("${vaka.alarms.abort-window:60s}") java.time.Duration abortWindow,
                @org.springframework.beans.factory.annotation.Value("${vaka.alarms.intake-batch:" + BATCH + "}") int batch) {
        this.batch = batch;
        this.abortWindow = abortWindow;
        this.clock = clock;
        this.arming = arming;
        this.testReports = testReports;
        this.modes = modes;
        this.notices = notices;
        this.trail = trail;
        this.checklist = checklist;
        this.mains = mains;
        this.feed = feed;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.template = template;
        this.transaction = transaction;
        this.setAside = io.micrometer.core.instrument.Counter.builder("vaka.alarms.intake.set.aside")
                .description("signals the alarm intake could not process even alone, set aside").register(meters);
        // How far alarms lag the log: a fire behind a storm waits exactly this many signals.
        io.micrometer.core.instrument.Gauge.builder("vaka.alarms.intake.lag", this,
                        intake -> intake.readUpTo < 0 ? 0 : Math.max(0, feed.newestId() - intake.readUpTo))
                .description("signals in the log not yet read by the alarm intake").register(meters);
    }

    @Scheduled(fixedDelayString = "${vaka.alarms.intake-interval-ms:250}")
    void follow() {
        try {
            do {
                transaction.executeWithoutResult(status -> lookAhead());
            } while (Boolean.TRUE.equals(transaction.execute(status -> takeBatch(batch))));
        } catch (RuntimeException e) {
            log.warn("alarm intake batch failed; taking its signals one at a time: {}", e.toString());
            oneByOne();
        }
    }

    /**
     * After a failed batch: the signals one per transaction, so those before a bad one still raise their alarms. A
     * signal that fails alone {@link #SET_ASIDE_AFTER} rounds running is set aside — otherwise one bad row would stall
     * every alarm behind it, a fire included. A database that is down fails the setting aside too, so nothing is lost.
     */
    private void oneByOne() {
        for (int i = 0; i < batch; i++) {
            try {
                if (!Boolean.TRUE.equals(transaction.execute(status -> takeBatch(1)))) {
                    return;
                }
            } catch (RuntimeException e) {
                long failing = feed.after(mark(), 1).stream().mapToLong(LoggedSignal::id).findFirst().orElse(-1);
                suspectFailures = failing == suspect ? suspectFailures + 1 : 1;
                suspect = failing;
                if (failing < 0 || suspectFailures < SET_ASIDE_AFTER) {
                    log.error("alarm intake failed on signal {} ({} of {} tries before it is set aside)", failing,
                            suspectFailures, SET_ASIDE_AFTER, e);
                    return;
                }
                setAside(failing, e);
            }
        }
    }

    private void setAside(long signalId, RuntimeException why) {
        String error = String.valueOf(why.getMessage());
        transaction.executeWithoutResult(status -> {
            jdbc.sql("insert into alarm_intake_failure (signal_id, failed_at, error) values (?, ?, ?)")
                    .params(signalId, time(clock.instant()), error.length() > 1000 ? error.substring(0, 1000) : error).update();
            jdbc.sql("update alarm_mark set processed_up_to = ? where id = 1 and processed_up_to < ?")
                    .params(signalId, signalId).update();
        });
        setAside.increment();
        log.error("alarm intake SET ASIDE signal {}: it raised no alarm; see table alarm_intake_failure", signalId, why);
    }

    private long mark() {
        return jdbc.sql("select processed_up_to from alarm_mark where id = 1").query(Long.class).single();
    }

    /**
     * When the intake is more than a batch behind (a storm), fire, panic, duress and medical events further on are
     * raised now rather than in their turn, and noted in {@code alarm_ahead} so their turn skips them. Test mode
     * still silences them; nothing else about them differs.
     */
    private void lookAhead() {
        long mark = mark();
        long newest = feed.newestId();
        if (newest - mark <= batch) {
            lookedAheadTo = mark;
            return;
        }
        long from = Math.max(mark, lookedAheadTo);
        List<LoggedSignal> urgent = feed.ahead(from, newest, LIFE_SAFETY);
        lookedAheadTo = newest;
        if (urgent.isEmpty()) {
            return;
        }
        Map<Long, List<org.vaka.server.alarms.SiteMode>> modesBySite = modesDuring(urgent);
        Map<String, Fold> folds = new LinkedHashMap<>();
        Map<String, Object[]> ahead = new LinkedHashMap<>(); // one row per signal and kind, however many events
        for (LoggedSignal signal : urgent) {
            AlarmKind kind = AlarmKind.valueOf(signal.category());
            Optional<PanelAccount> account = accounts.byId(signal.accountId());
            if (account.isEmpty() || modesBySite.getOrDefault(account.get().siteId(), List.of()).stream()
                    .anyMatch(m -> m.silences(kind, signal.zone(), signal.receivedAt()))) {
                continue;
            }
            long siteId = account.get().siteId();
            folds.computeIfAbsent(siteId + ":" + kind.name(), key -> new Fold(key, kind, siteId)).add(signal);
            ahead.put(signal.id() + ":" + kind.name(), new Object[] {signal.id(), kind.name()});
        }
        if (!folds.isEmpty()) {
            write(folds);
            template.batchUpdate("insert into alarm_ahead (signal_id, kind) values (?, ?)", new ArrayList<>(ahead.values()));
            log.info("alarm intake {} signals behind: raised {} life-safety alarm(s) ahead of their turn",
                    newest - mark, folds.size());
        }
    }

    private Map<Long, List<org.vaka.server.alarms.SiteMode>> modesDuring(List<LoggedSignal> signals) {
        Map<Long, List<org.vaka.server.alarms.SiteMode>> modesBySite = new java.util.HashMap<>();
        for (var mode : modes.overlapping(signals.getFirst().receivedAt(), signals.getLast().receivedAt())) {
            modesBySite.computeIfAbsent(mode.siteId(), k -> new ArrayList<>()).add(mode);
        }
        return modesBySite;
    }

    /** The events of this range the look-ahead raised already, as "signal id:kind"; their rows are removed. */
    private java.util.Set<String> takenAhead(long fromId, long toId) {
        java.util.Set<String> taken = new java.util.HashSet<>(jdbc.sql(
                        "select signal_id, kind from alarm_ahead where signal_id between ? and ?").params(fromId, toId)
                .query((rs, row) -> rs.getLong("signal_id") + ":" + rs.getString("kind")).list());
        if (!taken.isEmpty()) {
            jdbc.sql("delete from alarm_ahead where signal_id between ? and ?").params(fromId, toId).update();
        }
        return taken;
    }

    /** @return whether the batch was full */
    private boolean takeBatch(int limit) {
        long mark = mark();
        List<LoggedSignal> signals = feed.after(mark, limit);
        if (signals.isEmpty()) {
            readUpTo = mark;
            return false;
        }
        Map<String, Fold> folds = new LinkedHashMap<>();
        Map<Long, LoggedSignal> disarms = new LinkedHashMap<>();
        List<ArmingFollower.Change> armingChanges = new ArrayList<>();
        List<TestModeReports.TestSignal> testSignals = new ArrayList<>();
        List<Map.Entry<Long, LoggedSignal>> mainsEvents = new ArrayList<>();
        Map<Long, List<org.vaka.server.alarms.SiteMode>> modesBySite = modesDuring(signals);
        java.util.Set<String> ahead = takenAhead(signals.getFirst().id(), signals.getLast().id());
        for (LoggedSignal signal : signals) {
            Optional<AlarmKind> kind = AlarmKind.of(signal.category());
            Optional<PanelAccount> account = accounts.byId(signal.accountId());
            if (account.isEmpty()) {
                continue;
            }
            long siteId = account.get().siteId();
            Optional<org.vaka.server.alarms.SiteMode> test = modesBySite.getOrDefault(siteId, List.of()).stream()
                    .filter(m -> m.mode() == org.vaka.server.alarms.SiteMode.Kind.TEST && m.covers(signal.receivedAt()))
                    .findFirst();
            test.ifPresent(mode -> testSignals.add(new TestModeReports.TestSignal(mode.id(), signal.id(), signal.code(),
                    signal.meaning(), signal.zone(), signal.restore(), signal.receivedAt())));
            ArmingEvents.stateAfter(signal).ifPresent(state ->
                    armingChanges.add(new ArmingFollower.Change(siteId, signal, state, test.isPresent())));
            if (kind.isPresent() && modesBySite.getOrDefault(siteId, List.of()).stream()
                    .anyMatch(m -> m.silences(kind.get(), signal.zone(), signal.receivedAt()))) {
                continue; // in the log, shown as test or service there; not in the queue
            }
            if (MainsFollower.concerns(signal)) {
                mainsEvents.add(Map.entry(siteId, signal));
            }
            if (kind.isPresent() && !signal.restore() && ahead.contains(signal.id() + ":" + kind.get().name())) {
                continue; // raised ahead of its turn, in a storm
            }
            if (kind.isPresent()) {
                folds.computeIfAbsent(siteId + ":" + kind.get().name(), key -> new Fold(key, kind.get(), siteId)).add(signal);
            } else if (OPENING.equals(signal.code()) && !signal.restore()) {
                disarms.put(siteId, signal);
            }
        }
        if (!folds.isEmpty()) {
            write(folds);
        }
        mains.follow(mainsEvents);
        disarms.forEach(this::smartVerification);
        arming.follow(armingChanges);
        if (!testSignals.isEmpty()) {
            testReports.record(testSignals);
        }
        jdbc.sql("update alarm_mark set processed_up_to = ? where id = 1").param(signals.getLast().id()).update();
        readUpTo = signals.getLast().id();
        return signals.size() == limit;
    }

    private void write(Map<String, Fold> folds) {
        Map<String, Long> open = openAlarms(new ArrayList<>(folds.keySet()));
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> restores = new ArrayList<>();
        for (Fold fold : folds.values()) {
            Long alarmId = open.get(fold.openKey);
            if (fold.events.isEmpty()) {
                if (alarmId != null) { // only restores: they speak of the open alarm, if there is one
                    restores.add(new Object[] {time(fold.lastAt), alarmId});
                }
                continue;
            }
            if (alarmId == null) {
                raise(fold);
            } else {
                LoggedSignal last = fold.events.getLast();
                updates.add(new Object[] {last.id(), time(fold.lastAt), fold.events.size(), fold.restoredAtEnd, alarmId});
            }
        }
        template.batchUpdate("""
                update alarm set last_signal_id = ?, last_signal_at = ?, signal_count = signal_count + ?, restored = ?
                where id = ?""", updates);
        template.batchUpdate("update alarm set restored = true, last_signal_at = ? where id = ?", restores);
    }

    /**
     * Smart Verification: a user who disarms with a valid code within the abort window after a burglary alarm
     * cancels it, before an operator has taken it. A duress disarm does the same to the burglary — the intruder
     * must see nothing — while its ND has raised a duress alarm at the top of the queue.
     */
    private void smartVerification(long siteId, LoggedSignal disarm) {
        var at = time(disarm.receivedAt());
        List<Long> cancelled = jdbc.sql("""
                select id from alarm where open_key = ? and status = 'OPEN' and raised_at >= ? and raised_at <= ?""")
                .params(siteId + ":" + AlarmKind.BURGLARY.name(), time(disarm.receivedAt().minus(abortWindow)), at)
                .query(Long.class).list(); // by the open key's unique index: every disarm asks, so no table scan
        for (long id : cancelled) {
            jdbc.sql("""
                    update alarm set status = 'CLOSED', open_key = null, closed_by = ?, closed_at = ?,
                                     resolution = 'CANCELLED_BY_CUSTOMER'
                    where id = ? and status = 'OPEN'""").params(SYSTEM, at, id).update();
            trail.append(id, disarm.tenantId(), at, SYSTEM, "CANCELLED",
                    "disarmed by user " + disarm.user() + " within " + abortWindow.toSeconds() + " s (Smart Verification)");
            notices.alarmCancelled(disarm.tenantId(), siteId);
        }
    }

    private Map<String, Long> openAlarms(List<String> keys) {
        Map<String, Long> open = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i += IN_LIST) {
            List<String> chunk = keys.subList(i, Math.min(keys.size(), i + IN_LIST));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            jdbc.sql("select id, open_key from alarm where open_key in (" + marks + ")").params(chunk.toArray())
                    .query((rs, row) -> open.put(rs.getString("open_key"), rs.getLong("id"))).list();
        }
        return open;
    }

    private void raise(Fold fold) {
        LoggedSignal first = fold.events.getFirst();
        LoggedSignal last = fold.events.getLast();
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into alarm (tenant_id, site_id, account, kind, priority, status, open_key, first_signal_id,
                                   last_signal_id, signal_count, code, meaning, zone, raised_at, last_signal_at, restored)
                values (?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(first.tenantId(), fold.siteId, first.account(), fold.kind.name(), fold.kind.priority(), fold.openKey,
                        first.id(), last.id(), fold.events.size(), first.code(), first.meaning(), first.zone(),
                        time(first.receivedAt()), time(fold.lastAt), fold.restoredAtEnd)
                .update(key, "id");
        long alarmId = key.getKey().longValue();
        checklist.snapshot(first.tenantId(), alarmId, fold.siteId, fold.kind);
        trail.append(alarmId, first.tenantId(), time(first.receivedAt()), SYSTEM, "RAISED",
                first.code() + " " + first.meaning() + (first.zone() == null ? "" : ", zone " + first.zone()));
    }

    private static java.time.OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** What one batch says about one site and kind. */
    private static final class Fold {
        final String openKey;
        final AlarmKind kind;
        final long siteId;
        final List<LoggedSignal> events = new ArrayList<>();
        boolean restoredAtEnd;
        Instant lastAt;

        Fold(String openKey, AlarmKind kind, long siteId) {
            this.openKey = openKey;
            this.kind = kind;
            this.siteId = siteId;
        }

        void add(LoggedSignal signal) {
            lastAt = signal.receivedAt();
            if (signal.restore()) {
                restoredAtEnd = true;
            } else {
                events.add(signal);
                restoredAtEnd = false;
            }
        }
    }
}
