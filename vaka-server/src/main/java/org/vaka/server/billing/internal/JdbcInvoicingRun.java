package org.vaka.server.billing.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.vaka.server.billing.InvoiceLine;
import org.vaka.server.billing.InvoiceStatus;
import org.vaka.server.billing.InvoicingPeriod;
import org.vaka.server.billing.InvoicingRun;
import org.vaka.server.billing.Market;
import org.vaka.server.billing.OneOffItem;
import org.vaka.server.billing.PaymentMethod;
import org.vaka.server.billing.internal.InvoiceComposer.Charge;
import org.vaka.server.billing.internal.InvoiceComposer.Draft;

/**
 * The run walks the tenant's contracts in pages by id (keyset, never offset), one transaction per page: only a
 * page is ever in memory, and a failure loses at most the page it happened in — running again completes the month,
 * because a contract already invoiced for the period is skipped (and the database refuses a second invoice for the
 * same contract and period start anyway).
 */
@Component
class JdbcInvoicingRun implements InvoicingRun {

    static final int PAGE = 1000;

    private static final Logger log = LoggerFactory.getLogger(JdbcInvoicingRun.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transaction;
    private final InvoiceNumbers numbers;
    private final Clock clock;

    JdbcInvoicingRun(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transaction, InvoiceNumbers numbers, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.transaction = transaction;
        this.numbers = numbers;
        this.clock = clock;
    }

    /** One run at a time: two would race for the same contracts' invoices. */
    @Override
    public synchronized Result run(long tenantId, YearMonth month, LocalDate issuedOn) {
        long started = clock.millis();
        long[] totals = new long[4];
        long after = 0;
        while (true) {
            long from = after;
            Long last = transaction.execute(status -> page(tenantId, month, issuedOn, from, totals));
            if (last == null) {
                break;
            }
            after = last;
        }
        Result result = new Result(month, totals[0], totals[1], totals[2], totals[3], clock.millis() - started);
        log.info("invoicing run {} for tenant {}: {} contracts read, {} invoices issued ({} already invoiced), {} ms",
                month, tenantId, result.contractsRead(), result.invoicesIssued(), result.alreadyInvoiced(), result.millis());
        return result;
    }

    /** Invoices one page of contracts after the given id; the last id read, or null when there were none. */
    private Long page(long tenantId, YearMonth month, LocalDate issuedOn, long after, long[] totals) {
        LocalDate earliestPeriodStart = InvoicingPeriod.YEARLY.startOf(month.atDay(1));
        List<Billable> contracts = jdbc.sql("""
                        select id, market, activated_on, invoicing_period, payment_method, monthly_fee, monthly_rental, ends_on
                          from contract
                         where tenant_id = ? and id > ? and activated_on <= ? and (ends_on is null or ends_on >= ?)
                         order by id fetch first %d rows only""".formatted(PAGE))
                .params(tenantId, after, month.atEndOfMonth(), earliestPeriodStart)
                .query((rs, n) -> new Billable(rs.getLong(1), Market.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class),
                        InvoicingPeriod.valueOf(rs.getString(4)), PaymentMethod.valueOf(rs.getString(5)), rs.getLong(6),
                        rs.getLong(7), rs.getObject(8, LocalDate.class)))
                .list();
        if (contracts.isEmpty()) {
            return null;
        }
        long lo = contracts.getFirst().id();
        long hi = contracts.getLast().id();
        totals[0] += contracts.size();
        Set<String> invoiced = new HashSet<>(jdbc.sql("""
                        select contract_id, period_start from invoice
                         where tenant_id = ? and contract_id between ? and ? and period_start >= ?""")
                .params(tenantId, lo, hi, earliestPeriodStart)
                .query((rs, n) -> rs.getLong(1) + "@" + rs.getObject(2, LocalDate.class)).list());
        Map<Long, List<Charge>> charges = new HashMap<>();
        List<Long> chargeIds = new ArrayList<>();
        Map<Long, List<Long>> chargeIdsByContract = new HashMap<>();
        jdbc.sql("""
                        select id, contract_id, item, net from pending_charge
                         where tenant_id = ? and contract_id between ? and ? and invoice_id is null and added_on <= ?
                         order by id""")
                .params(tenantId, lo, hi, issuedOn)
                .query(rs -> {
                    long contractId = rs.getLong(2);
                    chargeIdsByContract.computeIfAbsent(contractId, k -> new ArrayList<>()).add(rs.getLong(1));
                    charges.computeIfAbsent(contractId, k -> new ArrayList<>()).add(new Charge(contractId,
                            OneOffItem.valueOf(rs.getString(3)), rs.getLong(4)));
                });
        List<Draft> drafts = new ArrayList<>();
        Map<Long, Market> markets = new HashMap<>();
        for (Billable contract : contracts) {
            InvoiceComposer.periodStartIn(contract, month).ifPresent(periodStart -> {
                if (invoiced.contains(contract.id() + "@" + periodStart)) {
                    totals[2]++;
                } else {
                    drafts.add(InvoiceComposer.compose(contract, periodStart, charges.getOrDefault(contract.id(), List.of())));
                    markets.put(contract.id(), contract.market());
                }
            });
        }
        if (!drafts.isEmpty()) {
            insert(tenantId, issuedOn, drafts, markets, chargeIdsByContract);
            totals[1] += drafts.size();
            totals[3] += drafts.stream().mapToLong(d -> d.net() + d.vat()).sum();
        }
        return hi;
    }

    private void insert(long tenantId, LocalDate issuedOn, List<Draft> drafts, Map<Long, Market> markets,
                        Map<Long, List<Long>> chargeIdsByContract) {
        long first = numbers.reserve(tenantId, drafts.size());
        List<Object[]> invoiceRows = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            Market market = markets.get(d.contractId());
            long number = first + i;
            invoiceRows.add(new Object[] {tenantId, d.contractId(), number, References.forInvoice(market, number),
                    Date.valueOf(d.periodStart()), Date.valueOf(d.periodEnd()), Date.valueOf(issuedOn),
                    Date.valueOf(issuedOn.plusDays(market.paymentTermDays())), market.currency(), d.net(), d.vat(),
                    d.net() + d.vat(), 0L, InvoiceStatus.OPEN.name()});
        }
        batch.batchUpdate("""
                insert into invoice (tenant_id, contract_id, number, reference, period_start, period_end, issued_on, due_on,
                                     currency, net, vat, total, paid, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", invoiceRows);
        Map<Long, Long> idByNumber = new HashMap<>();
        jdbc.sql("select id, number from invoice where tenant_id = ? and number between ? and ?")
                .params(tenantId, first, first + drafts.size() - 1)
                .query(rs -> {
                    idByNumber.put(rs.getLong(2), rs.getLong(1));
                });
        List<Object[]> lineRows = new ArrayList<>();
        List<Object[]> chargeRows = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            long invoiceId = idByNumber.get(first + i);
            int position = 1;
            for (InvoiceLine line : d.lines()) {
                lineRows.add(new Object[] {invoiceId, position++, line.description(), line.net(), line.vat()});
            }
            for (long chargeId : chargeIdsByContract.getOrDefault(d.contractId(), List.of())) {
                chargeRows.add(new Object[] {invoiceId, chargeId});
            }
        }
        batch.batchUpdate("insert into invoice_line (invoice_id, position, description, net, vat) values (?, ?, ?, ?, ?)", lineRows);
        if (!chargeRows.isEmpty()) {
            batch.batchUpdate("update pending_charge set invoice_id = ? where id = ?", chargeRows);
        }
    }
}
