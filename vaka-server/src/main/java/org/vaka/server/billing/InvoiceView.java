package org.vaka.server.billing;

import java.time.LocalDate;
import java.util.List;

/** An issued invoice; {@code reference} is the OCR number (Sweden) or the Finnish reference number. */
public record InvoiceView(long number, String reference, long contractId, String customerNumber, String customerName,
                          LocalDate periodStart, LocalDate periodEnd, LocalDate issuedOn, LocalDate dueOn,
                          String currency, long net, long vat, long total, long paid, InvoiceStatus status,
                          List<InvoiceLine> lines) {
}
