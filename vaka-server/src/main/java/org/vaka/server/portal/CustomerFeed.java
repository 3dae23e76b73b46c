package org.vaka.server.portal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.vaka.server.alarms.AlarmHistory;
import org.vaka.server.alarms.AlarmQueue;
import org.vaka.server.alarms.AlarmView;
import org.vaka.server.identity.CustomerPrincipal;
import org.vaka.server.notify.Notification;
import org.vaka.server.notify.Outbox;
import org.vaka.server.sites.SiteView;

/**
 * What has happened at a customer's sites, newest first: their alarms, and the messages the centre sent about them
 * (cancelled alarms, power cut and back, reminders, test reports). Only messages tied to one of the caller's own
 * sites are shown; an invitation, whose link opens a login, never is.
 */
@Service
public class CustomerFeed {

    public static final int MAX_LIMIT = 200;
    /** How many of the tenant's latest messages are looked through for the caller's: the outbox is tenant-wide. */
    private static final int SCAN = 2000;

    private final CustomerSites sites;
    private final Outbox outbox;
    private final AlarmQueue queue;
    private final AlarmHistory history;

    CustomerFeed(CustomerSites sites, Outbox outbox, AlarmQueue queue, AlarmHistory history) {
        this.sites = sites;
        this.outbox = outbox;
        this.queue = queue;
        this.history = history;
    }

    public List<FeedItem> of(CustomerPrincipal caller, int limit) {
        int shown = Math.clamp(limit, 1, MAX_LIMIT);
        Map<Long, SiteView> mine = new LinkedHashMap<>();
        sites.mine(caller).forEach(site -> mine.put(site.id(), site));
        if (mine.isEmpty()) {
            return List.of();
        }
        Stream<FeedItem> messages = outbox.recent(caller.tenantId(), SCAN).stream()
                .filter(n -> n.siteId() != null && mine.containsKey(n.siteId()) && !Invitations.REASON.equals(n.reason()))
                .map(n -> message(n, mine.get(n.siteId())))
                .distinct(); // several contacts get the same text: the customer reads it once
        Stream<FeedItem> open = queue.queue(caller.tenantId()).stream()
                .filter(a -> mine.containsKey(a.siteId())).map(a -> alarm(a, mine.get(a.siteId())));
        Stream<FeedItem> closed = mine.values().stream()
                .flatMap(site -> site.accounts().stream())
                .flatMap(account -> history.closed(caller.tenantId(), account, shown).stream())
                .filter(a -> mine.containsKey(a.siteId())).map(a -> alarm(a, mine.get(a.siteId())));
        return Stream.of(messages, open, closed).flatMap(s -> s)
                // A site handed on from another customer: what came before is theirs, not the caller's.
                .filter(item -> mine.get(item.siteId()).heldByPresentCustomerAt(item.at()))
                .sorted(Comparator.comparing(FeedItem::at).thenComparing(FeedItem::id).reversed())
                .limit(shown)
                .toList();
    }

    /** Changes whenever the feed would: what the live page is told to refetch on. */
    public int signature(CustomerPrincipal caller) {
        return Objects.hash(of(caller, 20).stream().map(item -> item.id() + item.status()).toList());
    }

    private static FeedItem message(Notification n, SiteView site) {
        // The id is made of what the customer reads, so that copies to each contact are one line.
        String id = "message-" + Integer.toHexString(Objects.hash(n.reason(), n.body(), n.createdAt().getEpochSecond()));
        return new FeedItem(id, "MESSAGE", site.id(), site.name(), n.createdAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                n.reason(), n.body(), null);
    }

    private static FeedItem alarm(AlarmView a, SiteView site) {
        return new FeedItem("alarm-" + a.id(), "ALARM", site.id(), site.name(), a.raisedAt(), a.kind().name(), a.meaning(),
                a.status().name());
    }
}
