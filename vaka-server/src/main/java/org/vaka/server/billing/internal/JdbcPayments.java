package org.vaka.server.billing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vaka.server.billing.InvoiceStatus;
import org.vaka.server.billing.Payments;

/**
 * Books payments against open invoices by reference. A payment short of the total (with any reminder fees) leaves the invoice PARTIALLY_PAID
 * (a later payment with the same reference adds to it); one at or over it marks it PAID, an overpayment staying on
 * the invoice as paid amount for the back office to refund. A payment whose reference matches no open invoice — none
 * at all, or one already paid — goes to the unmatched list.
 */
@Component
class JdbcPayments implements Payments {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcPayments(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ImportSummary importBgMax(long tenantId, String file) {
        List<BgMaxFile.Payment> payments = BgMaxFile.parse(file);
        int matched = 0;
        int unmatched = 0;
        int duplicates = 0;
        long amount = 0;
        long matchedAmount = 0;
        for (BgMaxFile.Payment p : payments) {
            if (jdbc.sql("select count(*) from payment where tenant_id = ? and bgc_serial = ?").params(tenantId, p.serial())
                    .query(Integer.class).single() > 0) {
                duplicates++;
                continue;
            }
            amount += p.amount();
            List<String> references = new ArrayList<>();
            references.add(p.reference());
            references.addAll(p.extraReferences());
            Optional<Long> invoice = references.stream().filter(r -> !r.isBlank())
                    .map(r -> openInvoice(tenantId, r)).flatMap(Optional::stream).findFirst();
            record(tenantId, invoice.orElse(null), p.reference().isBlank() && !p.extraReferences().isEmpty()
                    ? p.extraReferences().getFirst() : p.reference(), p.amount(), p.paidOn(), p.payer(), p.serial());
            if (invoice.isPresent()) {
                apply(invoice.get(), p.amount());
                matched++;
                matchedAmount += p.amount();
            } else {
                unmatched++;
            }
        }
        return new ImportSummary(payments.size() - duplicates, matched, unmatched, duplicates, amount, matchedAmount);
    }

    @Override
    public List<UnmatchedPayment> unmatched(long tenantId) {
        return jdbc.sql("""
                        select id, reference, amount, paid_on, payer, bgc_serial from payment
                         where tenant_id = ? and invoice_id is null order by paid_on desc, id desc""")
                .param(tenantId)
                .query((rs, n) -> new UnmatchedPayment(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6)))
                .list();
    }

    @Override
    @Transactional
    public boolean book(long tenantId, String reference, long amount, LocalDate paidOn, String serial) {
        Optional<Long> invoice = openInvoice(tenantId, reference);
        invoice.ifPresent(id -> {
            record(tenantId, id, reference, amount, paidOn, null, serial);
            apply(id, amount);
        });
        return invoice.isPresent();
    }

    private Optional<Long> openInvoice(long tenantId, String reference) {
        return jdbc.sql("select id from invoice where tenant_id = ? and reference = ? and status <> ?")
                .params(tenantId, reference, InvoiceStatus.PAID.name()).query(Long.class).optional();
    }

    private void record(long tenantId, Long invoiceId, String reference, long amount, LocalDate paidOn, String payer, String serial) {
        jdbc.sql("""
                        insert into payment (tenant_id, invoice_id, reference, amount, paid_on, payer, bgc_serial, imported_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenantId, invoiceId, reference.length() > 25 ? reference.substring(0, 25) : reference, amount, paidOn,
                        payer, serial, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
    }

    private void apply(long invoiceId, long amount) {
        jdbc.sql("""
                        update invoice set paid = paid + ?,
                               status = case when paid + ? >= total + fees then 'PAID'
                                             when status = 'COLLECTION' then 'COLLECTION'
                                             when paid + ? > 0 then 'PARTIALLY_PAID' else 'OPEN' end
                         where id = ?""")
                .params(amount, amount, amount, invoiceId).update();
    }
}
