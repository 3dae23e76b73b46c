package org.vaka.server.portal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.vaka.server.alarms.AlarmKind;
import org.vaka.server.alarms.ArmingState;
import org.vaka.server.identity.CustomerPrincipal;
import org.vaka.server.signals.SignalQueries;
import org.vaka.server.signals.StoredSignal;
import org.vaka.server.sites.PanelUser;
import org.vaka.server.sites.PanelUsers;

/** Arming, disarming and alarms of a customer's own alarm system, from the signal log, newest first. */
@Service
public class SiteHistory {

    public enum Filter { ALL, ARMING, ALARMS }

    public static final int MAX_LIMIT = 200;
    /** How far back in the log to look: polls and other signals sit between the lines a customer cares about. */
    private static final int SCAN = 2000;
    private static final int FIRST_SCAN = 100;

    private final CustomerSites sites;
    private final SignalQueries signals;
    private final PanelUsers users;

    SiteHistory(CustomerSites sites, SignalQueries signals, PanelUsers users) {
        this.sites = sites;
        this.signals = signals;
        this.users = users;
    }

    /** Empty when the site is not the caller's. */
    public Optional<List<HistoryEntry>> of(CustomerPrincipal caller, long siteId, Filter filter, int limit) {
        return sites.mine(caller, siteId).map(site -> {
            Map<String, String> names = users.users(caller.tenantId(), siteId).orElse(List.of()).stream()
                    .collect(Collectors.toMap(u -> String.valueOf(u.number()), PanelUser::name, (a, b) -> a));
            int wanted = Math.clamp(limit, 1, MAX_LIMIT);
            // Most of a log is what a customer wants to see: read a little more than asked, and widen only when
            // polls and other signals in between leave too few lines (a poll every second must not read 2,000 rows).
            for (int scan = Math.max(FIRST_SCAN, wanted * 4); ; scan = Math.min(SCAN, scan * 4)) {
                int read = scan;
                List<HistoryEntry> found = site.accounts().stream()
                        .flatMap(account -> signals.recent(caller.tenantId(), account, read).stream())
                        .filter(signal -> site.heldByPresentCustomerAt(signal.receivedAt()))
                        .map(signal -> entry(signal, filter, names))
                        .flatMap(Optional::stream)
                        .sorted(Comparator.comparing(HistoryEntry::at).thenComparing(HistoryEntry::id).reversed())
                        .limit(wanted)
                        .toList();
                if (found.size() >= wanted || scan >= SCAN) {
                    return found;
                }
            }
        });
    }

    private static Optional<HistoryEntry> entry(StoredSignal signal, Filter filter, Map<String, String> names) {
        if (filter != Filter.ALARMS) {
            Optional<ArmingState> arming = ArmingState.after(signal.code(), signal.restore());
            if (arming.isPresent()) {
                return Optional.of(new HistoryEntry(signal.id(), signal.receivedAt(), "ARMING", arming.get().name(),
                        signal.meaning(), user(signal.user(), names), null));
            }
        }
        if (filter != Filter.ARMING && !signal.restore()) {
            return AlarmKind.of(signal.category()).map(kind -> new HistoryEntry(signal.id(), signal.receivedAt(), "ALARM",
                    kind.name(), signal.meaning(), null, signal.zone()));
        }
        return Optional.empty();
    }

    private static String user(String number, Map<String, String> names) {
        if (number == null || number.isBlank()) {
            return null;
        }
        String stripped = number.strip().replaceFirst("^0+(?=\\d)", "");
        return names.getOrDefault(stripped, number);
    }
}
