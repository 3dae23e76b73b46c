package org.vaka.server.notify.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.vaka.server.notify.Notification;
import org.vaka.server.notify.NotifySettings;
import org.vaka.server.notify.internal.DeliveryLedger.Claimed;
import org.vaka.server.notify.internal.DeliveryLedger.Settlement;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Delivers what the outbox holds. Every node runs it; a message goes to whichever node claims it first in the
 * {@link DeliveryLedger}. The claim holds for {@code claimTimeout}: a node that dies mid-send leaves a SENDING message
 * that another node, or this one after its restart, takes up once the claim has lapsed. Sending happens outside any
 * transaction, so a slow provider holds no database locks.
 */
@Component
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final DeliveryLedger ledger;
    private final Clock clock;
    private final NotifySettings settings;
    private final Optional<SmsProvider> sms;
    private final Optional<MailProvider> mail;
    private final List<String> channels;
    private final MeterRegistry meters;

    OutboxDispatcher(DeliveryLedger ledger, Clock clock, NotifySettings settings, Optional<SmsProvider> sms,
                     Optional<MailProvider> mail, MeterRegistry meters) {
        this.ledger = ledger;
        this.clock = clock;
        this.settings = settings;
        this.sms = sms;
        this.mail = mail;
        this.meters = meters;
        List<String> delivered = new ArrayList<>();
        sms.ifPresent(p -> delivered.add(Notification.SMS));
        mail.ifPresent(p -> delivered.add(Notification.EMAIL));
        this.channels = List.copyOf(delivered);
        log.info("Outbox: SMS through {}; e-mail through {}",
                sms.map(SmsProvider::describe).orElse("nothing, kept in the outbox (no VAKA_SMS_URL)"),
                mail.map(MailProvider::describe).orElse("nothing, kept in the outbox (no VAKA_SMTP_HOST)"));
    }

    /** One round: claims the messages that are due and delivers each. Safe to run on several nodes and threads at once. */
    @Scheduled(fixedDelayString = "${vaka.notify.dispatch-interval-ms:2000}")
    public int dispatchDue() {
        if (channels.isEmpty()) {
            return 0;
        }
        int handled = 0;
        for (long id : ledger.due(clock.instant(), channels, settings.batchSize())) {
            // The claim runs from now, not from the round's start: a round of slow providers must not hand out
            // claims that have already lapsed.
            Optional<Claimed> claimed = ledger.claim(id, clock.instant(), settings.claimTimeout());
            if (claimed.isPresent()) {
                settle(claimed.get(), deliver(claimed.get()));
                handled++;
            }
        }
        return handled;
    }

    private Delivery deliver(Claimed m) {
        try {
            Optional<Delivery> delivery = switch (m.channel()) {
                case Notification.SMS -> sms.map(p -> p.send(m.recipient(), m.body()));
                case Notification.EMAIL -> mail.map(p -> p.send(m.recipient(), m.subject(), m.body()));
                default -> Optional.empty();
            };
            return delivery.orElseGet(() -> Delivery.refused("no provider for channel " + m.channel()));
        } catch (RuntimeException e) {
            // A provider that throws instead of answering must not stop the round, nor lose the message.
            return Delivery.retry(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Sent, refused for good, or — until the last attempt — tried again after the backoff. */
    private Settlement after(Claimed m, Delivery delivery, Instant now) {
        return switch (delivery.outcome()) {
            case SENT -> new Settlement(Notification.SENT, null);
            case REFUSED -> new Settlement(Notification.FAILED, null);
            case RETRY -> m.attempt() >= settings.maxAttempts()
                    ? new Settlement(Notification.FAILED, null)
                    : new Settlement(Notification.RETRYING, now.plus(settings.delayAfter(m.attempt())));
        };
    }

    private void settle(Claimed m, Delivery delivery) {
        Instant now = clock.instant();
        Settlement settlement = after(m, delivery, now);
        if (!ledger.settle(m, delivery, settlement, now)) {
            log.warn("Notification {} took longer than the claim timeout to hand over; another node has taken it up", m.id());
        }
        // Failing deliveries show on the dashboards before a customer calls to ask.
        Counter.builder("vaka.notify.attempts").description("Attempts to hand a message to its provider")
                .tag("channel", m.channel()).tag("outcome", delivery.outcome().name())
                .register(meters).increment();
        if (settlement.status().equals(Notification.FAILED)) {
            log.warn("Notification {} ({}) FAILED after {} attempt(s): {}", m.id(), m.channel(), m.attempt(),
                    JdbcOutbox.cut(delivery.detail(), 500));
        }
    }
}
