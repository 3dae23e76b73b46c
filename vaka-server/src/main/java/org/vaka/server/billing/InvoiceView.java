package org.vaka.server.billing;

import java.time.LocalDate;
import java.util.List;

/**
 * An issued invoice; {@code reference} is the OCR number (Sweden) or the Finnish reference number. {@code fees} are
 * reminder fees on top of the total (no VAT); the invoice is paid when {@code paid} reaches total plus fees.
 */
public record InvoiceView(long number, String reference, long contractId, String customerNumber, String customerName,
                          LocalDate periodStart, LocalDate periodEnd, LocalDate issuedOn, LocalDate dueOn,
                          String currency, long net, long vat, long total, long paid, long fees, InvoiceStatus status,
                          int reminderLevel, List<InvoiceLine> lines) {
}
