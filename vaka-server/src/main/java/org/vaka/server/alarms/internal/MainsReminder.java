package org.vaka.server.alarms.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reminds the customer once when a site's mains power has been out for six hours and is still out. */
@Component
class MainsReminder {

    static final Duration AFTER = Duration.ofHours(6);

    private final JdbcClient jdbc;
    private final CustomerNotices notices;
    private final Clock clock;

    MainsReminder(JdbcClient jdbc, CustomerNotices notices, Clock clock) {
        this.jdbc = jdbc;
        this.notices = notices;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    @Transactional
    public void remind() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        record Due(long siteId, long tenantId) {
        }
        List<Due> due = jdbc.sql("select site_id, tenant_id from site_mains_out where reminded_at is null and lost_at <= ?")
                .param(now.minus(AFTER))
                .query((rs, row) -> new Due(rs.getLong("site_id"), rs.getLong("tenant_id"))).list();
        for (Due d : due) {
            jdbc.sql("update site_mains_out set reminded_at = ? where site_id = ?").params(now, d.siteId()).update();
            notices.mainsStillOut(d.tenantId(), d.siteId());
        }
    }
}
