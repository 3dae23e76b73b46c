package org.vaka.server.notify.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The delivery state in the outbox table: which messages are due, who holds one, and how each attempt ended. All
 * coordination between server nodes is in these statements; nothing is held in memory.
 */
@Component
class DeliveryLedger {

    /** A message a node holds for one attempt ({@code attempt} counts from 1). */
    record Claimed(long id, String channel, String recipient, String subject, String body, int attempt) {
    }

    /** Where a message goes after an attempt: its next status, and when it is due again (RETRYING only). */
    record Settlement(String status, Instant next) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DeliveryLedger(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Due messages on those channels, longest waiting first. A SENDING one is due when its holder's claim lapsed. */
    List<Long> due(Instant now, List<String> channels, int max) {
        return jdbc.sql("""
                        select id from notification
                        where status in ('QUEUED', 'RETRYING', 'SENDING') and next_attempt_at <= :now and channel in (:channels)
                        order by next_attempt_at, id""")
                .param("now", utc(now)).param("channels", channels)
                .withMaxRows(max)
                .query(Long.class).list();
    }

    /** Takes the message for one attempt, held until {@code now + hold}; empty when another node was first. */
    Optional<Claimed> claim(long id, Instant now, Duration hold) {
        // Whoever's update still finds the row due wins; PostgreSQL and H2 both re-check the condition on a row
        // that another transaction changed while this one waited for its lock.
        int won = jdbc.sql("""
                        update notification set status = 'SENDING', attempts = attempts + 1, next_attempt_at = :lapses
                        where id = :id and status in ('QUEUED', 'RETRYING', 'SENDING') and next_attempt_at <= :now""")
                .param("lapses", utc(now.plus(hold))).param("id", id).param("now", utc(now))
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

    /**
     * Writes the attempt to the delivery log and the message's new state, together. Returns false when the claim was
     * no longer this attempt's: a node that overran its claim must not overwrite the outcome of the node that took the
     * message over (its attempt is still logged: it did happen).
     */
    boolean settle(Claimed m, Delivery delivery, Settlement settlement, Instant now) {
        boolean sent = delivery.outcome() == Delivery.Outcome.SENT;
        String detail = JdbcOutbox.cut(delivery.detail(), 500);
        Boolean ours = transaction.execute(tx -> {
            int updated = jdbc.sql("""
                            update notification set status = :status, next_attempt_at = :next, sent_at = :sentAt,
                                   last_error = :error
                            where id = :id and status = 'SENDING' and attempts = :attempt""")
                    .param("status", settlement.status())
                    .param("next", settlement.next() == null ? null : utc(settlement.next()))
                    .param("sentAt", sent ? utc(now) : null)
                    .param("error", sent ? null : detail)
                    .param("id", m.id()).param("attempt", m.attempt())
                    .update();
            jdbc.sql("insert into notification_attempt (notification_id, attempted_at, outcome, detail) values (?, ?, ?, ?)")
                    .params(m.id(), utc(now), delivery.outcome().name(), detail)
                    .update();
            return updated == 1;
        });
        return Boolean.TRUE.equals(ours);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
