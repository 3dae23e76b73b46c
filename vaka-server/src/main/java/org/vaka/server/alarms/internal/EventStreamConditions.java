package org.vaka.server.alarms.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.vaka.server.alarms.AlarmKind;
import org.vaka.server.alarms.ArmingControl;
import org.vaka.server.alarms.SiteCondition;
import org.vaka.server.receiver.Supervision;
import org.vaka.server.signals.SignalQueries;
import org.vaka.server.signals.StoredSignal;
import org.vaka.server.sites.PanelAccounts;
import org.vaka.server.sites.Sites;

/**
 * Reads a site's condition from its recent events, oldest to newest: each trouble and its restore (AT/AR mains,
 * YT/YR battery, TA/TR tamper per zone, XQ/XH jamming, a zone's alarm and its restore) leaves the state the last of
 * them says. Arming comes from the intake's record, supervision from the receiver's.
 */
@Component
class EventStreamConditions implements org.vaka.server.alarms.SiteConditions {

    /** Enough history for any trouble still standing on an ordinary site; a storm's flicker is folded the same. */
    static final int EVENTS = 1000;
    private static final int MAX_REMEMBERED = 10_000;

    private final Sites sites;
    private final PanelAccounts accounts;
    private final SignalQueries signals;
    private final ArmingControl arming;
    private final Supervision supervision;
    private final java.time.Clock clock;

    EventStreamConditions(Sites sites, PanelAccounts accounts, SignalQueries signals, ArmingControl arming, Supervision supervision,
                          java.time.Clock clock) {
        this.clock = clock;
        this.sites = sites;
        this.accounts = accounts;
        this.signals = signals;
        this.arming = arming;
        this.supervision = supervision;
    }

    /**
     * A condition read in the last second is answered again: an app polls every second, often several of a
     * household's at once, and each reading folds a thousand events.
     */
    private record Read(long tenantId, Instant at, SiteCondition condition) {
    }

    static final Duration FRESH = Duration.ofSeconds(1);
    private final Map<Long, Read> recent = new ConcurrentHashMap<>();

    @Override
    public Optional<SiteCondition> of(long tenantId, long siteId) {
        Instant now = clock.instant();
        Read read = recent.get(siteId);
        if (read != null && read.tenantId() == tenantId && read.at().plus(FRESH).isAfter(now)) {
            return Optional.of(read.condition());
        }
        Optional<SiteCondition> fresh = readNow(tenantId, siteId);
        fresh.ifPresent(condition -> {
            if (recent.size() > MAX_REMEMBERED) {
                recent.clear(); // a crude bound; the cache only saves work within a second
            }
            recent.put(siteId, new Read(tenantId, now, condition));
        });
        return fresh;
    }

    private Optional<SiteCondition> readNow(long tenantId, long siteId) {
        return sites.find(tenantId, siteId).map(site -> {
            List<StoredSignal> events = new ArrayList<>();
            List<SiteCondition.Path> paths = new ArrayList<>();
            for (String account : site.accounts()) {
                events.addAll(signals.recent(tenantId, account, EVENTS));
                accounts.view(tenantId, account).ifPresent(view -> supervision.status(view.id()).forEach(status ->
                        paths.add(new SiteCondition.Path(account, status.path(), status.lastHeard(), status.inFault()))));
            }
            events.sort(java.util.Comparator.comparingLong(StoredSignal::id));
            return fold(events, arming.arming(tenantId, siteId).orElse(null), paths);
        });
    }

    static SiteCondition fold(List<StoredSignal> oldestFirst, org.vaka.server.alarms.SiteArming armed, List<SiteCondition.Path> paths) {
        boolean mainsOut = false;
        boolean batteryLow = false;
        boolean jammed = false;
        Set<String> tampered = new LinkedHashSet<>();
        Set<String> inAlarm = new LinkedHashSet<>();
        for (StoredSignal s : oldestFirst) {
            String code = s.code() == null ? "" : s.code();
            switch (code) {
                case "AT" -> mainsOut = true;
                case "AR" -> mainsOut = false;
                case "YT" -> batteryLow = true;
                case "YR" -> batteryLow = false;
                case "XQ" -> jammed = true;
                case "XH" -> jammed = false;
                case "TA" -> add(tampered, s.zone());
                case "TR" -> tampered.remove(s.zone());
                default -> {
                    boolean zoneAlarm = s.zone() != null && AlarmKind.of(s.category())
                            .filter(kind -> kind.priority() <= AlarmKind.BURGLARY.priority()).isPresent();
                    if (zoneAlarm && s.restore()) {
                        inAlarm.remove(s.zone());
                    } else if (zoneAlarm) {
                        inAlarm.add(s.zone());
                    }
                }
            }
        }
        return new SiteCondition(armed, mainsOut, batteryLow, List.copyOf(tampered), jammed, List.copyOf(inAlarm), paths,
                oldestFirst.size());
    }

    private static void add(Set<String> zones, String zone) {
        if (zone != null) {
            zones.add(zone);
        }
    }
}
