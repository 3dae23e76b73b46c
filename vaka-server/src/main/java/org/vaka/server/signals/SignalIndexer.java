package org.vaka.server.signals;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files the log's rows under their account, a little behind the log and in large batches sorted by
 * account, so each account's index page is rewritten once per batch instead of once per group commit.
 * Only the writer inserts into the log and it commits in id order, so every id up to the highest
 * committed one is final: the mark never skips a row.
 */
@Component
public class SignalIndexer {

    private static final Logger log = LoggerFactory.getLogger(SignalIndexer.class);
    private static final long MOST_PER_RUN = 500_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    SignalIndexer(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        while (catchUp() > 0) {
            // a restart after a long backlog: index it all before saying we are ready
        }
    }

    @Scheduled(fixedDelayString = "${vaka.signals.index-interval:500ms}")
    void onSchedule() {
        catchUp();
    }

    /** Files everything committed so far; runs on a schedule, tests call it directly. @return rows filed */
    public long catchUp() {
        Long filed = transaction.execute(status -> {
            long mark = mark(jdbc);
            Long newest = jdbc.sql("select max(id) from signal_log").query(Long.class).optional().orElse(null);
            if (newest == null || newest <= mark) {
                return 0L;
            }
            long upTo = Math.min(newest, mark + MOST_PER_RUN);
            int rows = jdbc.sql("""
                    insert into signal_account_index (account_id, signal_id)
                    select account_id, id from signal_log where id > ? and id <= ? order by account_id, id""")
                    .params(mark, upTo).update();
            jdbc.sql("update signal_index_mark set indexed_up_to = ? where id = 1").param(upTo).update();
            return (long) rows;
        });
        if (filed != null && filed > 100_000) {
            log.info("filed {} signals under their accounts", filed);
        }
        return filed == null ? 0 : filed;
    }

    static long mark(JdbcClient jdbc) {
        return jdbc.sql("select indexed_up_to from signal_index_mark where id = 1").query(Long.class).single();
    }
}
