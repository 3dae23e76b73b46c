package org.vaka.server.alarms.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vaka.server.signals.LoggedSignal;

/**
 * Which sites are without mains power, from their AT (lost) and AR (restored) events. Folded per batch: a power cut
 * that flickers through a region sends each site's events by the dozen, and what counts is each site's state before
 * and after the batch — three statements a batch, not several per event, so a regional cut does not hold up the fire
 * behind it. The customer hears of a cut from {@link PowerCutNotices} once it has lasted; its restore is told here,
 * and only when the cut was told.
 */
@Component
class MainsFollower {

    static final String LOST = "AT";
    static final String RESTORED = "AR";
    private static final int IN_LIST = 500;

    /** One site's mains events in one batch. */
    private static final class Outage {
        final long tenantId;
        Instant lostAt;
        boolean outAtEnd;

        Outage(long tenantId) {
            this.tenantId = tenantId;
        }
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final CustomerNotices notices;

    MainsFollower(JdbcClient jdbc, JdbcTemplate template, CustomerNotices notices) {
        this.jdbc = jdbc;
        this.template = template;
        this.notices = notices;
    }

    static boolean concerns(LoggedSignal signal) {
        return LOST.equals(signal.code()) && !signal.restore() || RESTORED.equals(signal.code());
    }

    /** @param events each a site id and a mains event of it, in log order */
    void follow(List<Map.Entry<Long, LoggedSignal>> events) {
        if (events.isEmpty()) {
            return;
        }
        Map<Long, Outage> sites = new LinkedHashMap<>();
        for (var event : events) {
            Outage outage = sites.computeIfAbsent(event.getKey(), k -> new Outage(event.getValue().tenantId()));
            if (LOST.equals(event.getValue().code())) {
                if (!outage.outAtEnd) {
                    outage.lostAt = event.getValue().receivedAt();
                }
                outage.outAtEnd = true;
            } else {
                outage.outAtEnd = false;
            }
        }
        Map<Long, Boolean> outBefore = alreadyOut(new ArrayList<>(sites.keySet()));
        List<Object[]> lost = new ArrayList<>();
        List<Object[]> restored = new ArrayList<>();
        sites.forEach((siteId, outage) -> {
            Boolean told = outBefore.get(siteId);
            if (outage.outAtEnd && told == null) {
                lost.add(new Object[] {siteId, outage.tenantId, outage.lostAt.atOffset(ZoneOffset.UTC)});
            } else if (!outage.outAtEnd && told != null) {
                restored.add(new Object[] {siteId});
                if (told) {
                    notices.mainsRestored(outage.tenantId, siteId);
                }
            }
        });
        template.batchUpdate("insert into site_mains_out (site_id, tenant_id, lost_at) values (?, ?, ?)", lost);
        template.batchUpdate("delete from site_mains_out where site_id = ?", restored);
    }

    /** The sites among these that are out already, each with whether the customer has been told. */
    private Map<Long, Boolean> alreadyOut(List<Long> siteIds) {
        Map<Long, Boolean> out = new java.util.HashMap<>();
        for (int i = 0; i < siteIds.size(); i += IN_LIST) {
            List<Long> chunk = siteIds.subList(i, Math.min(siteIds.size(), i + IN_LIST));
            jdbc.sql("select site_id, told_at from site_mains_out where site_id in ("
                            + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")")
                    .params(new ArrayList<Object>(chunk))
                    .query((rs, row) -> out.put(rs.getLong("site_id"), rs.getObject("told_at") != null)).list();
        }
        return out;
    }
}
