package org.vaka.server.alarms.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the customer of a power cut once it has lasted {@code vaka.alarms.mains-notice-delay} (a minute by default),
 * so a flickering grid sends no messages, and reminds them once when it has lasted six hours. The restore of a told
 * cut is told by {@link MainsFollower} as it happens.
 */
@Component
class PowerCutNotices {

    static final Duration REMIND_AFTER = Duration.ofHours(6);

    private final JdbcClient jdbc;
    private final CustomerNotices notices;
    private final Clock clock;
    private final Duration delay;

    PowerCutNotices(JdbcClient jdbc, CustomerNotices notices, Clock clock,
                    @org.springframework.beans.factory.annotation.Value("${vaka.alarms.mains-notice-delay:60s}") Duration delay) {
        this.jdbc = jdbc;
        this.notices = notices;
        this.clock = clock;
        this.delay = delay;
    }

    @Scheduled(fixedDelayString = "${vaka.alarms.mains-check-interval-ms:10000}", initialDelayString = "${vaka.alarms.mains-check-interval-ms:10000}")
    @Transactional
    public void tell() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        record Due(long siteId, long tenantId) {
        }
        List<Due> lasting = jdbc.sql("select site_id, tenant_id from site_mains_out where told_at is null and lost_at <= ?")
                .param(now.minus(delay))
                .query((rs, row) -> new Due(rs.getLong("site_id"), rs.getLong("tenant_id"))).list();
        for (Due d : lasting) {
            if (jdbc.sql("update site_mains_out set told_at = ? where site_id = ? and told_at is null").params(now, d.siteId())
                    .update() == 1) {
                notices.mainsLost(d.tenantId(), d.siteId());
            }
        }
        List<Due> due = jdbc.sql("""
                        select site_id, tenant_id from site_mains_out
                        where reminded_at is null and told_at is not null and lost_at <= ?""")
                .param(now.minus(REMIND_AFTER))
                .query((rs, row) -> new Due(rs.getLong("site_id"), rs.getLong("tenant_id"))).list();
        for (Due d : due) {
            if (jdbc.sql("update site_mains_out set reminded_at = ? where site_id = ? and reminded_at is null")
                    .params(now, d.siteId()).update() == 1) {
                notices.mainsStillOut(d.tenantId(), d.siteId());
            }
        }
    }
}
