package org.vaka.server.billing.internal;

import org.vaka.server.billing.FinnishReference;
import org.vaka.server.billing.Market;
import org.vaka.server.billing.OcrReference;

/** The payment reference an invoice carries, made from its number in its market's scheme. */
final class References {

    private References() {
    }

    static String forInvoice(Market market, long number) {
        String digits = Long.toString(number);
        return market == Market.SE ? OcrReference.withLengthAndCheckDigit(digits) : FinnishReference.of(digits);
    }
}
