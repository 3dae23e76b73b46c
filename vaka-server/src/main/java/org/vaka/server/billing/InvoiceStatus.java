package org.vaka.server.billing;

/**
 * OPEN until paid in full; PARTIALLY_PAID while payments cover only part of it; COLLECTION once handed to debt
 * collection (a payment can still settle it).
 */
public enum InvoiceStatus {
    OPEN, PARTIALLY_PAID, PAID, COLLECTION
}
