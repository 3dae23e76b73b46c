package org.vaka.server.alarms.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.vaka.server.alarms.SiteMode;
import org.vaka.server.alarms.SiteModes;
import org.vaka.server.sites.Sites;

@Service
class JdbcSiteModes implements SiteModes {

    /** A forgotten test mode silences a site; a week is the most anyone may ask for at once. */
    static final Duration LONGEST = Duration.ofDays(7);

    private final JdbcClient jdbc;
    private final Sites sites;
    private final Clock clock;

    private final TestModeReports reports;

    JdbcSiteModes(JdbcClient jdbc, Sites sites, Clock clock, TestModeReports reports) {
        this.reports = reports;
        this.jdbc = jdbc;
        this.sites = sites;
        this.clock = clock;
    }

    @Override
    public Optional<SiteMode> set(long tenantId, long siteId, SiteMode.Kind mode, String zone, Instant from, Instant until,
                                  String by) {
        if (sites.find(tenantId, siteId).isEmpty()) {
            return Optional.empty();
        }
        if (!until.isAfter(from)) {
            throw new IllegalArgumentException("the mode must end after it starts");
        }
        if (Duration.between(from, until).compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("a mode lasts at most " + LONGEST.toDays() + " days");
        }
        if (zone != null && mode == SiteMode.Kind.TEST) {
            throw new IllegalArgumentException("test mode is for the whole site; only service mode takes a zone");
        }
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into site_mode (tenant_id, site_id, mode, zone, starts_at, ends_at, set_by, set_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenantId, siteId, mode.name(), zone, utc(from), utc(until), by, OffsetDateTime.now(clock))
                .update(key, "id");
        return Optional.of(new SiteMode(key.getKey().longValue(), siteId, mode, zone, from, until, by));
    }

    @Override
    public boolean end(long tenantId, long siteId, long modeId, String by) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return jdbc.sql("""
                update site_mode set ends_at = ? where tenant_id = ? and site_id = ? and id = ? and ends_at > ?""")
                .params(now, tenantId, siteId, modeId, now).update() == 1;
    }

    @Override
    public List<SiteMode> current(long tenantId, long siteId) {
        return jdbc.sql("select * from site_mode where tenant_id = ? and site_id = ? and ends_at > ? order by starts_at")
                .params(tenantId, siteId, OffsetDateTime.now(clock)).query(JdbcSiteModes::toMode).list();
    }

    /** Every mode of any site that overlaps {@code [from, to]}: what the intake needs for one batch. */
    List<SiteMode> overlapping(Instant from, Instant to) {
        return jdbc.sql("select * from site_mode where ends_at > ? and starts_at <= ?")
                .params(utc(from), utc(to)).query(JdbcSiteModes::toMode).list();
    }

    @Override
    public Optional<org.vaka.server.alarms.TestReport> testReport(long tenantId, long siteId, long modeId) {
        record Row(SiteMode mode, Instant reportedAt, Long callback) {
        }
        return jdbc.sql("select * from site_mode where tenant_id = ? and site_id = ? and id = ? and mode = 'TEST'")
                .params(tenantId, siteId, modeId)
                .query((rs, row) -> new Row(toMode(rs, row),
                        java.util.Optional.ofNullable(rs.getObject("reported_at", OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant).orElse(null),
                        rs.getObject("callback_alarm_id", Long.class)))
                .optional()
                .map(row -> new org.vaka.server.alarms.TestReport(row.mode(), reports.signals(modeId), row.reportedAt(),
                        row.callback()));
    }

    static SiteMode toMode(ResultSet rs, int row) throws SQLException {
        return new SiteMode(rs.getLong("id"), rs.getLong("site_id"), SiteMode.Kind.valueOf(rs.getString("mode")),
                rs.getString("zone"), rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                rs.getObject("ends_at", OffsetDateTime.class).toInstant(), rs.getString("set_by"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
