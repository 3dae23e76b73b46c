package org.vaka.server.notify.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.vaka.server.notify.Notification;
import org.vaka.server.notify.NotifySettings;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Delivers what the outbox holds. Every node runs it; a message goes to whichever node claims it first, by a
 * conditional update that only one of them can win (the same statement on H2 and PostgreSQL). The claim holds for
 * {@code claimTimeout}: a node that dies mid-send leaves a SENDING message that another node, or this one after its
 * restart, takes up once the claim has lapsed. Sending happens outside any transaction, so a slow provider holds no
 * database locks; the outcome and its attempt are written together afterwards.
 */
@Component
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final NotifySettings settings;
    private final Optional<SmsProvider> sms;
    private final Optional<MailProvider> mail;
    private final List<String> channels;
    private final MeterRegistry meters;

    OutboxDispatcher(JdbcClient jdbc, TransactionTemplate transaction, Clock clock, NotifySettings settings,
                     Optional<SmsProvider> sms, Optional<MailProvider> mail, MeterRegistry meters) {
        this.meters = meters;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.settings = settings;
        this.sms = sms;
        this.mail = mail;
        List<String> delivered = new ArrayList<>();
        sms.ifPresent(p -> delivered.add(Notification.SMS));
        mail.ifPresent(p -> delivered.add(Notification.EMAIL));
        this.channels = List.copyOf(delivered);
        log.info("Outbox: SMS through {}; e-mail through {}", sms.map(SmsProvider::describe).orElse("nothing, kept in the outbox (no VAKA_SMS_URL)"),
                mail.map(MailProvider::describe).orElse("nothing, kept in the outbox (no VAKA_SMTP_HOST)"));
    }

    /** One round: claims the messages that are due and delivers each. Safe to run on several nodes and threads at once. */
    @Scheduled(fixedDelayString = "${vaka.notify.dispatch-interval-ms:2000}")
    public int dispatchDue() {
        if (channels.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        List<Long> due = jdbc.sql("""
                        select id from notification
                        where status in ('QUEUED', 'RETRYING', 'SENDING') and next_attempt_at <= :now and channel in (:channels)
                        order by next_attempt_at, id""")
                .param("now", utc(now)).param("channels", channels)
                .withMaxRows(settings.batchSize())
                .query(Long.class).list();
        int handled = 0;
        for (long id : due) {
            // The claim runs from now, not from the round's start: a round of slow providers must not hand out
            // claims that have already lapsed.
            Optional<Claimed> claimed = claim(id, clock.instant());
            if (claimed.isPresent()) {
                settle(claimed.get(), deliver(claimed.get()));
                handled++;
            }
        }
        return handled;
    }

    private record Claimed(long id, String channel, String recipient, String subject, String body, int attempt) {
    }

    private Optional<Claimed> claim(long id, Instant now) {
        // Whoever's update finds the row still due wins; PostgreSQL and H2 both re-check the condition on a row
        // another transaction changed while this one waited for its lock.
        int won = jdbc.sql("""
                        update notification set status = 'SENDING', attempts = attempts + 1, next_attempt_at = :lapses
                        where id = :id and status in ('QUEUED', 'RETRYING', 'SENDING') and next_attempt_at <= :now""")
                .param("lapses", utc(now.plus(settings.claimTimeout()))).param("id", id).param("now", utc(now))
                .update();
        if (won == 0) {
            return Optional.empty();
        }
        return jdbc.sql("select id, channel, recipient, subject, body, attempts from notification where id = ?")
                .param(id)
                .query((rs, row) -> new Claimed(rs.getLong("id"), rs.getString("channel"), rs.getString("recipient"),
                        rs.getString("subject"), rs.getString("body"), rs.getInt("attempts")))
                .optional();
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

    /** Where a message goes after an attempt: its next status, and when it is due again (RETRYING only). */
    private record Settlement(String status, Instant next) {
    }

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
        boolean sent = delivery.outcome() == Delivery.Outcome.SENT;
        String detail = JdbcOutbox.cut(delivery.detail(), 500);
        Settlement settlement = after(m, delivery, now);
        transaction.executeWithoutResult(tx -> {
            // Only while the claim is still this attempt's: a node that overran its claim must not overwrite the
            // outcome of the node that took the message over. Its attempt is still logged: it did happen.
            int ours = jdbc.sql("""
                            update notification set status = :status, next_attempt_at = :next, sent_at = :sentAt,
                                   last_error = :error
                            where id = :id and status = 'SENDING' and attempts = :attempt""")
                    .param("status", settlement.status())
                    .param("next", settlement.next() == null ? null : utc(settlement.next()))
                    .param("sentAt", sent ? utc(now) : null)
                    .param("error", sent ? null : detail)
                    .param("id", m.id()).param("attempt", m.attempt())
                    .update();
            if (ours == 0) {
                log.warn("Notification {} took longer than the claim timeout to hand over; another node has taken it up", m.id());
            }
            jdbc.sql("insert into notification_attempt (notification_id, attempted_at, outcome, detail) values (?, ?, ?, ?)")
                    .params(m.id(), utc(now), delivery.outcome().name(), detail)
                    .update();
        });
        // Failing deliveries show on the dashboards before a customer calls to ask.
        Counter.builder("vaka.notify.attempts").description("Attempts to hand a message to its provider")
                .tag("channel", m.channel()).tag("outcome", delivery.outcome().name())
                .register(meters).increment();
        if (settlement.status().equals(Notification.FAILED)) {
            log.warn("Notification {} ({}) FAILED after {} attempt(s): {}", m.id(), m.channel(), m.attempt(), detail);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
