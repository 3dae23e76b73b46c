package org.vaka.server.alarms.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.vaka.server.alarms.AlarmKind;
import org.vaka.server.sites.SiteView;
import org.vaka.server.sites.Sites;

/**
 * Raises the alarms the server decides on by itself — arming control, a test's call-back — one at a time, beside
 * the intake's batches. The same rule holds: one open alarm per site and kind, a repeat joins it.
 */
@Component
class AlarmRaiser {

    /** What the alarm is about, for the operator: a code of its own and a sentence. */
    record Cause(String code, String meaning, String zone, long signalId) {
    }

    private final JdbcClient jdbc;
    private final Sites sites;
    private final AlarmTrail trail;
    private final AlarmChecklist checklist;

    AlarmRaiser(JdbcClient jdbc, Sites sites, AlarmTrail trail, AlarmChecklist checklist) {
        this.checklist = checklist;
        this.jdbc = jdbc;
        this.sites = sites;
        this.trail = trail;
    }

    /** @return the alarm's id: a new one, or the open one of the same kind that the cause joined */
    long raise(long tenantId, long siteId, AlarmKind kind, Cause cause, Instant at, String detail) {
        OffsetDateTime time = at.atOffset(ZoneOffset.UTC);
        String openKey = siteId + ":" + kind.name();
        Optional<Long> open = jdbc.sql("select id from alarm where open_key = ?").param(openKey).query(Long.class).optional();
        if (open.isPresent()) {
            jdbc.sql("update alarm set signal_count = signal_count + 1, last_signal_at = ? where id = ?")
                    .params(time, open.get()).update();
            trail.append(open.get(), tenantId, time, AlarmIntake.SYSTEM, "JOINED", cause.meaning());
            return open.get();
        }
        String account = sites.find(tenantId, siteId).flatMap(SiteView::panelAccount).orElse("");
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into alarm (tenant_id, site_id, account, kind, priority, status, open_key, first_signal_id,
                                   last_signal_id, signal_count, code, meaning, zone, raised_at, last_signal_at, restored)
                values (?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, 1, ?, ?, ?, ?, ?, false)""")
                .params(tenantId, siteId, account, kind.name(), kind.priority(), openKey, cause.signalId(), cause.signalId(),
                        cause.code(), cause.meaning(), cause.zone(), time, time)
                .update(key, "id");
        long id = key.getKey().longValue();
        trail.append(id, tenantId, time, AlarmIntake.SYSTEM, "RAISED", detail == null ? cause.meaning() : detail);
        checklist.snapshot(tenantId, id, siteId, kind);
        return id;
    }
}
