package org.vaka.server.billing;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Invoices every contract due in a month, in advance: those whose invoicing period starts in the month, and those
 * activated in it (their first, pro-rata invoice). Running a month twice invoices nothing twice.
 */
public interface InvoicingRun {

    Result run(long tenantId, YearMonth month, LocalDate issuedOn);

    record Result(YearMonth month, long contractsRead, long invoicesIssued, long alreadyInvoiced, long totalAmount,
                  long millis) {
    }
}
