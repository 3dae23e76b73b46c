package org.vaka.server.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vaka.server.signals.IncomingSignal.Transport;
import org.vaka.server.sites.PanelAccount;
import org.vaka.server.sites.PanelAccounts;

/**
 * What a restart must not break: a writer that starts with an empty memory still recognises a panel's
 * retransmission of a message stored before the restart — whether that message is still in the log's
 * unfiled tail or already filed under its account — and numbers new rows after the old ones.
 */
abstract class SignalLogRestartScenarios {

    private static final AtomicInteger SEQ = new AtomicInteger(2000);

    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Autowired PanelAccounts accounts;
    @Autowired SignalIndexer indexer;

    @Test
    void retransmissionAfterARestartIsStoredOnceFromTheTail() throws Exception {
        assertRetransmissionAfterRestart(false);
    }

    @Test
    void retransmissionAfterARestartIsStoredOnceFromTheIndex() throws Exception {
        assertRetransmissionAfterRestart(true);
    }

    private void assertRetransmissionAfterRestart(boolean filedBeforeRestart) throws Exception {
        PanelAccount panel = accounts.match("1234", "0", "0").orElseThrow();
        String seq = String.format("%04d", SEQ.incrementAndGet());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        // Each "process" gets a writer of its own, started on what the database holds, as after a restart.
        GroupCommitWriter beforeRestart = freshWriter();
        try {
            assertThat(beforeRestart.append(signal(panel, seq, now)).get(10, TimeUnit.SECONDS)).isEqualTo(SignalLog.Appended.STORED);
        } finally {
            beforeRestart.stop();
        }
        if (filedBeforeRestart) {
            indexer.catchUp();
        }
        long rowsBefore = count();

        GroupCommitWriter afterRestart = freshWriter();
        try {
            assertThat(afterRestart.append(signal(panel, seq, now.plusSeconds(5))).get(10, TimeUnit.SECONDS))
                    .isEqualTo(SignalLog.Appended.DUPLICATE);
            assertThat(count()).isEqualTo(rowsBefore);
            String next = String.format("%04d", SEQ.incrementAndGet());
            assertThat(afterRestart.append(signal(panel, next, now.plusSeconds(6))).get(10, TimeUnit.SECONDS))
                    .isEqualTo(SignalLog.Appended.STORED);
            assertThat(count()).isEqualTo(rowsBefore + 1);
            assertThat(jdbc.sql("select count(distinct id) from signal_log").query(Long.class).single()).isEqualTo(rowsBefore + 1);
        } finally {
            afterRestart.stop();
        }
    }

    private GroupCommitWriter freshWriter() {
        GroupCommitWriter writer = new GroupCommitWriter(dataSource, new SignalsSettings(100, 1000, Duration.ofHours(1)),
                new LiveSignals(), indexer, new SimpleMeterRegistry());
        writer.start();
        return writer;
    }

    private long count() {
        return jdbc.sql("select count(*) from signal_log").query(Long.class).single();
    }

    private static IncomingSignal signal(PanelAccount panel, String seq, Instant at) {
        return new IncomingSignal(panel.tenantId(), panel.id(), panel.account(), seq, "SIA-DCS", false, "0", "0",
                "PRIMARY", Transport.TCP, "127.0.0.1:1", "BA", "Burglary alarm", "BURGLARY", false, true, "03", null,
                "1", 1, "#1234|Nri1/BA03", null, at, at, false);
    }
}
