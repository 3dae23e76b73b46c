package org.vaka.server.alarms.internal;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 */
@Component
class AlarmIntake {

    static final int BATCH = 1000;
    static final String SYSTEM = "system";

    private static final Logger log = LoggerFactory.getLogger(AlarmIntake.class);

    private final SignalFeed feed;
    private final PanelAccounts accounts;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    AlarmIntake(SignalFeed feed, PanelAccounts accounts, JdbcClient jdbc, TransactionTemplate transaction) {
        this.feed = feed;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Scheduled(fixedDelayString = "${vaka.alarms.intake-interval-ms:250}")
    void follow() {
        try {
            while (Boolean.TRUE.equals(transaction.execute(status -> takeBatch()))) {
                // a full batch: more may be waiting
            }
        } catch (RuntimeException e) {
            log.error("alarm intake failed; it retries from its mark", e);
        }
    }

    /** @return whether the batch was full */
    private boolean takeBatch() {
        long mark = jdbc.sql("select processed_up_to from alarm_mark where id = 1").query(Long.class).single();
        List<LoggedSignal> signals = feed.after(mark, BATCH);
        if (signals.isEmpty()) {
            return false;
        }
        for (LoggedSignal signal : signals) {
            Optional<AlarmKind> kind = AlarmKind.of(signal.category());
            Optional<PanelAccount> account = accounts.byId(signal.accountId());
            if (kind.isPresent() && account.isPresent()) {
                take(signal, kind.get(), account.get().siteId());
            }
        }
        jdbc.sql("update alarm_mark set processed_up_to = ? where id = 1").param(signals.getLast().id()).update();
        return signals.size() == BATCH;
    }

    private void take(LoggedSignal signal, AlarmKind kind, long siteId) {
        String openKey = siteId + ":" + kind.name();
        var at = signal.receivedAt().atOffset(ZoneOffset.UTC);
        if (signal.restore()) {
            jdbc.sql("update alarm set restored = true, last_signal_at = ? where open_key = ?").params(at, openKey).update();
            return;
        }
        List<Long> open = jdbc.sql("select id from alarm where open_key = ?").param(openKey).query(Long.class).list();
        long alarmId;
        if (!open.isEmpty()) {
            alarmId = open.getFirst();
            jdbc.sql("""
                    update alarm set last_signal_id = ?, last_signal_at = ?, signal_count = signal_count + 1,
                                     restored = false
                    where id = ?""").params(signal.id(), at, alarmId).update();
        } else {
            var key = new GeneratedKeyHolder();
            jdbc.sql("""
                    insert into alarm (tenant_id, site_id, account, kind, priority, status, open_key, first_signal_id,
                                       last_signal_id, signal_count, code, meaning, zone, raised_at, last_signal_at,
                                       restored)
                    values (?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, 1, ?, ?, ?, ?, ?, false)""")
                    .params(signal.tenantId(), siteId, signal.account(), kind.name(), kind.priority(), openKey,
                            signal.id(), signal.id(), signal.code(), signal.meaning(), signal.zone(), at, at)
                    .update(key, "id");
            alarmId = key.getKey().longValue();
            jdbc.sql("insert into alarm_action (alarm_id, tenant_id, at, actor, action, detail) values (?, ?, ?, ?, ?, ?)")
                    .params(alarmId, signal.tenantId(), at, SYSTEM, "RAISED",
                            signal.code() + " " + signal.meaning() + (signal.zone() == null ? "" : ", zone " + signal.zone()))
                    .update();
        }
        jdbc.sql("insert into alarm_signal (alarm_id, signal_id) values (?, ?)").params(alarmId, signal.id()).update();
    }
}
