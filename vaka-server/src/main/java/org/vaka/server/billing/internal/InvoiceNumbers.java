package org.vaka.server.billing.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out invoice numbers per tenant, a block at a time: the row lock on the tenant's counter is held only for the
 * reservation, so a run numbering a page of a thousand costs one update, not a thousand.
 */
@Component
class InvoiceNumbers {

    static final long FIRST = 100_001;

    private final JdbcClient jdbc;

    InvoiceNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The first of {@code count} consecutive numbers now the caller's. */
    @Transactional(propagation = Propagation.MANDATORY)
    long reserve(long tenantId, int count) {
        int updated = jdbc.sql("update invoice_number set next_number = next_number + ? where tenant_id = ?")
                .params(count, tenantId).update();
        if (updated == 0) {
            jdbc.sql("insert into invoice_number (tenant_id, next_number) values (?, ?)").params(tenantId, FIRST + count).update();
            return FIRST;
        }
        return jdbc.sql("select next_number from invoice_number where tenant_id = ?").param(tenantId).query(Long.class).single() - count;
    }
}
