package org.vaka.server.billing;

/** How the customer receives and pays invoices; only paper carries a fee. */
public enum PaymentMethod {
    PAPER, EMAIL, E_INVOICE, AUTOGIRO;

    public long feeNet(Market market) {
        return this == PAPER ? market.paperFeeNet() : 0;
    }
}
