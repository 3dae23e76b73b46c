package org.vaka.server.billing;

/** One line of an invoice: net and its VAT in minor units. */
public record InvoiceLine(String description, long net, long vat) {
}
