package org.vaka.server.billing.internal;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.vaka.server.billing.Market;
import org.vaka.server.billing.MinorUnits;
import org.vaka.server.billing.ReminderStep;
import org.vaka.server.billing.Reminders;
import org.vaka.server.notify.Outbox;

/**
 * Walks the tenant's unpaid invoices in keyset pages, one transaction per page, and takes each one step up the
 * ladder when its step is due. The customer is told by e-mail (or SMS without an address) through the outbox, in
 * the same transaction as the step, so a reminder is recorded exactly when its message is queued. A second run on
 * the same day finds nothing due: the ladder waits from the day of the last step.
 */
@Component
class JdbcReminders implements Reminders {

    private static final int PAGE = 500;
    private static final Logger log = LoggerFactory.getLogger(JdbcReminders.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Outbox outbox;

    JdbcReminders(JdbcClient jdbc, TransactionTemplate transaction, Outbox outbox) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.outbox = outbox;
    }

    record Unpaid(long id, long number, String reference, LocalDate dueOn, int level, LocalDate remindedOn, long owed,
                  Market market, long siteId, String email, String mobile) {
    }

    @Override
    public synchronized Result run(long tenantId, LocalDate today) {
        int[] counts = new int[4];
        long after = 0;
        while (true) {
            long from = after;
            Long last = transaction.execute(status -> page(tenantId, today, from, counts));
            if (last == null) {
                break;
            }
            after = last;
        }
        Result result = new Result(today, counts[1], counts[2], counts[3]);
        log.info("reminders for tenant {} on {}: {} first, {} second, {} to collection", tenantId, today,
                result.first(), result.second(), result.collection());
        return result;
    }

    private Long page(long tenantId, LocalDate today, long after, int[] counts) {
        List<Unpaid> unpaid = jdbc.sql("""
                        select i.id, i.number, i.reference, i.due_on, i.reminder_level, i.reminded_on, i.total + i.fees - i.paid,
                               c.market, c.site_id, cu.email, cu.mobile
                          from invoice i join contract c on c.id = i.contract_id join customer cu on cu.id = c.customer_id
                         where i.tenant_id = ? and i.id > ? and i.status in ('OPEN', 'PARTIALLY_PAID') and i.due_on < ?
                         order by i.id fetch first %d rows only""".formatted(PAGE))
                .params(tenantId, after, today)
                .query((rs, n) -> new Unpaid(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                        rs.getInt(5), rs.getObject(6, LocalDate.class), rs.getLong(7), Market.valueOf(rs.getString(8)),
                        rs.getLong(9), rs.getString(10), rs.getString(11)))
                .list();
        if (unpaid.isEmpty()) {
            return null;
        }
        for (Unpaid invoice : unpaid) {
            ReminderStep.due(invoice.dueOn(), invoice.level(), invoice.remindedOn(), today).ifPresent(step -> {
                long fee = step.fee(invoice.market());
                jdbc.sql("insert into invoice_reminder (invoice_id, level, sent_on, fee) values (?, ?, ?, ?)")
                        .params(invoice.id(), step.level(), today, fee).update();
                jdbc.sql("""
                                update invoice set reminder_level = ?, reminded_on = ?, fees = fees + ?,
                                       status = case when ? then 'COLLECTION' else status end
                                 where id = ?""")
                        .params(step.level(), today, fee, step == ReminderStep.COLLECTION, invoice.id()).update();
                tell(tenantId, invoice, step, invoice.owed() + fee);
                counts[step.level()]++;
            });
        }
        return unpaid.getLast().id();
    }

    private void tell(long tenantId, Unpaid invoice, ReminderStep step, long owed) {
        String amount = MinorUnits.format(owed) + " " + invoice.market().currency();
        String swedish = switch (step) {
            case FIRST -> "Vi har inte fått betalt för faktura " + invoice.number() + ". Betala " + amount
                    + " med referens " + invoice.reference() + " så snart du kan. Har du redan betalat kan du bortse från detta.";
            case SECOND -> "Påminnelse 2: faktura " + invoice.number() + " är fortfarande obetald. Betala " + amount
                    + " (inklusive påminnelseavgift) med referens " + invoice.reference() + " inom 14 dagar, annars går skulden till inkasso.";
            case COLLECTION -> "Faktura " + invoice.number() + " är obetald och har lämnats till inkasso (" + amount + ").";
        };
        String english = switch (step) {
            case FIRST -> "We have not received payment for invoice " + invoice.number() + ". Please pay " + amount
                    + " with reference " + invoice.reference() + ". If you have already paid, please ignore this.";
            case SECOND -> "Second reminder: invoice " + invoice.number() + " is still unpaid. Please pay " + amount
                    + " (reminder fee included) with reference " + invoice.reference() + " within 14 days, or the debt goes to collection.";
            case COLLECTION -> "Invoice " + invoice.number() + " is unpaid and has been passed to debt collection (" + amount + ").";
        };
        String text = invoice.market() == Market.SE ? swedish : swedish + "\n\n" + english;
        String reason = "INVOICE_REMINDER_" + step.level();
        if (invoice.email() != null && !invoice.email().isBlank()) {
            outbox.email(tenantId, invoice.siteId(), invoice.email(), (invoice.market() == Market.SE ? "Betalningspåminnelse" :
                    "Betalningspåminnelse / Payment reminder") + " " + invoice.number(), text, reason);
        } else if (invoice.mobile() != null && !invoice.mobile().isBlank()) {
            outbox.sms(tenantId, invoice.siteId(), invoice.mobile(), text, reason);
        }
    }
}
