package org.vaka.server.billing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vaka.server.billing.MinorUnits;
import org.vaka.server.notify.Outbox;

/**
 * E-mails each new invoice to customers who pay by e-mail invoice: amount, due date, reference and where to download
 * the PDF. Through the outbox, so it is retried and logged; an invoice is mailed once. Only invoices issued in the
 * last week: starting the mailer on an old database sends no history.
 */
@Component
class InvoiceMailer {

    static final int PER_ROUND = 500;

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final Clock clock;
    private final String portal;

    InvoiceMailer(JdbcClient jdbc, Outbox outbox, Clock clock, @Value("${vaka.portal.base-url:http://localhost:8080}") String portal) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.clock = clock;
        this.portal = portal;
    }

    @Scheduled(fixedDelayString = "${vaka.billing.mail-interval-ms:60000}")
    @Transactional
    public void mailNewInvoices() {
        record Due(long id, long tenantId, long siteId, long number, String reference, long total, String currency,
                   LocalDate dueOn, String email, String name) {
        }
        List<Due> due = jdbc.sql("""
                        select i.id, i.tenant_id, c.site_id, i.number, i.reference, i.total, i.currency, i.due_on, cu.email, cu.name
                        from invoice i join contract c on c.id = i.contract_id join customer cu on cu.id = c.customer_id
                        where i.emailed_at is null and c.payment_method = 'EMAIL' and i.issued_on >= ?
                          and cu.email is not null order by i.id""")
                .param(LocalDate.now(clock).minusDays(7)).withMaxRows(PER_ROUND)
                .query((rs, row) -> new Due(rs.getLong("id"), rs.getLong("tenant_id"), rs.getLong("site_id"),
                        rs.getLong("number"), rs.getString("reference"), rs.getLong("total"), rs.getString("currency"),
                        rs.getObject("due_on", LocalDate.class), rs.getString("email"), rs.getString("name")))
                .list();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Due d : due) {
            if (jdbc.sql("update invoice set emailed_at = ? where id = ? and emailed_at is null").params(now, d.id()).update() == 1) {
                outbox.email(d.tenantId(), d.siteId(), d.email(), "Faktura " + d.number(), """
                        Hej %s,

                        din faktura %d är klar: %s %s att betala senast %s.
                        Referens (OCR): %s

                        Fakturan som PDF finns på Mina sidor: %s/portal/billing
                        """.formatted(d.name(), d.number(), MinorUnits.format(d.total()), d.currency(), d.dueOn(),
                        d.reference(), portal), "INVOICE");
            }
        }
    }
}
