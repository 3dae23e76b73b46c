package org.vaka.server.billing;

/** OPEN until paid in full; PARTIALLY_PAID while a payment covers only part of it. */
public enum InvoiceStatus {
    OPEN, PARTIALLY_PAID, PAID
}
