package org.vaka.server.portal.contact;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets changes that were asked for and never confirmed, a day after they lapsed (longer than any limit counts
 * back). Confirmed changes stay: they are the record of who moved to which address or number, and when.
 */
@Component
class StaleContactChanges {

    static final Duration KEPT = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    StaleContactChanges(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = 1, timeUnit = TimeUnit.HOURS)
    void forget() {
        jdbc.sql("delete from contact_change where confirmed_at is null and expires_at < ?")
                .param(ContactChange.at(clock.instant().minus(KEPT))).update();
    }
}
