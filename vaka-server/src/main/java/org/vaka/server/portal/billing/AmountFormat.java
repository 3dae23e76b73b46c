package org.vaka.server.portal.billing;

import java.math.BigDecimal;

import org.vaka.server.billing.Market;

/** Amounts in minor units as the customer reads them on the page: exact, never through a float. */
public final class AmountFormat {

    public String of(long minor, String currency) {
        return BigDecimal.valueOf(minor, 2).toPlainString() + " " + currency;
    }

    /** The paper-invoice fee as the customer pays it, VAT included (59.00 SEK in Sweden). */
    public String paperFee(Market market) {
        long net = market.paperFeeNet();
        return of(net + market.vatOn(net), market.currency());
    }
}
