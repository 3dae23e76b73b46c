package org.vaka.server.alarms.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.vaka.server.alarms.AlarmKind;
import org.vaka.server.alarms.SiteMode;
import org.vaka.server.alarms.TestReport;

/**
 * Test mode's paper trail: the intake records every signal a site sends while in test, and when the test ends the
 * report is closed and a call-back task goes into the queue, so somebody tells the customer what arrived (and what
 * did not). Claimed by a conditional update, so with several nodes one of them makes it.
 */
@Component
class TestModeReports {

    /** A signal received during a test mode. */
    record TestSignal(long modeId, long signalId, String code, String meaning, String zone, boolean restore, Instant at) {
    }

    private static final Logger log = LoggerFactory.getLogger(TestModeReports.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transaction;
    private final AlarmRaiser raiser;
    private final Clock clock;
    private final CustomerNotices notices;

    TestModeReports(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transaction, AlarmRaiser raiser, Clock clock,
                    CustomerNotices notices) {
        this.notices = notices;
        this.jdbc = jdbc;
        this.template = template;
        this.transaction = transaction;
        this.raiser = raiser;
        this.clock = clock;
    }

    /** Called by the intake, inside its batch transaction. */
    void record(List<TestSignal> signals) {
        template.batchUpdate("""
                insert into test_mode_signal (mode_id, signal_id, code, meaning, zone, restore, received_at)
                values (?, ?, ?, ?, ?, ?, ?)""", signals.stream().map(s -> new Object[] {s.modeId(), s.signalId(),
                s.code(), s.meaning(), s.zone(), s.restore(), s.at().atOffset(ZoneOffset.UTC)}).toList());
    }

    @Scheduled(fixedDelayString = "${vaka.alarms.test-report-interval-ms:15000}")
    void reportEndedTests() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<SiteMode> ended = jdbc.sql("""
                        select * from site_mode where mode = 'TEST' and reported_at is null and ends_at <= ? order by ends_at""")
                .param(now).query(JdbcSiteModes::toMode).list();
        for (SiteMode mode : ended) {
            try {
                transaction.executeWithoutResult(status -> report(mode, now));
            } catch (RuntimeException e) {
                log.error("test report for site mode {} failed; tried again next round", mode.id(), e);
            }
        }
    }

    private void report(SiteMode mode, OffsetDateTime now) {
        if (jdbc.sql("update site_mode set reported_at = ? where id = ? and reported_at is null").params(now, mode.id())
                .update() == 0) {
            return; // another node made it
        }
        long tenantId = jdbc.sql("select tenant_id from site_mode where id = ?").param(mode.id()).query(Long.class).single();
        List<TestReport.Received> received = signals(mode.id());
        String summary = received.isEmpty() ? "nothing was received"
                : received.stream().map(s -> TIME.format(s.receivedAt().atOffset(ZoneOffset.UTC)) + " " + s.code()
                        + (s.restore() ? " (restore)" : "") + (s.zone() == null ? "" : " zone " + s.zone()))
                        .collect(Collectors.joining("; "));
        String detail = "test " + mode.startsAt() + " – " + mode.endsAt() + ", set by " + mode.setBy() + ": "
                + received.size() + " signal(s): " + summary;
        long alarmId = raiser.raise(tenantId, mode.siteId(), AlarmKind.TEST_CALLBACK,
                new AlarmRaiser.Cause("TEST", "Test ended: " + received.size() + " signal(s) received", null, 0),
                now.toInstant(), detail.length() > 1000 ? detail.substring(0, 997) + "..." : detail);
        jdbc.sql("update site_mode set callback_alarm_id = ? where id = ?").params(alarmId, mode.id()).update();
        notices.testReport(tenantId, mode.siteId(), received.isEmpty() ? "inga signaler"
                : received.stream().map(s -> TIME.format(s.receivedAt().atZone(java.time.ZoneId.of("Europe/Stockholm")))
                        + "  " + s.code() + (s.restore() ? " (återställning)" : "") + "  " + (s.meaning() == null ? "" : s.meaning())
                        + (s.zone() == null ? "" : ", sektion " + s.zone())).collect(Collectors.joining("\n")));
    }

    List<TestReport.Received> signals(long modeId) {
        return jdbc.sql("""
                        select signal_id, code, meaning, zone, restore, received_at from test_mode_signal
                        where mode_id = ? order by signal_id""").param(modeId)
                .query((rs, row) -> new TestReport.Received(rs.getLong("signal_id"), rs.getString("code"),
                        rs.getString("meaning"), rs.getString("zone"), rs.getBoolean("restore"),
                        rs.getObject("received_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
