package org.vaka.server.portal.billing;

import org.vaka.server.billing.Market;
import org.vaka.server.billing.MinorUnits;

/** Amounts in minor units as the customer reads them on the page, as on the invoice itself: 2 849,00 SEK. */
public final class AmountFormat {

    public String of(long minor, String currency) {
        return MinorUnits.format(minor) + " " + currency;
    }

    /** The paper-invoice fee as the customer pays it, VAT included (59,00 SEK in Sweden). */
    public String paperFee(Market market) {
        long net = market.paperFeeNet();
        return of(net + market.vatOn(net), market.currency());
    }
}
