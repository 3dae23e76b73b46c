package org.vaka.server.billing.internal;

import java.time.LocalDate;

import org.vaka.server.billing.InvoicingPeriod;
import org.vaka.server.billing.Market;
import org.vaka.server.billing.PaymentMethod;

/** What the invoicing run needs of a contract, read without joins. */
record Billable(long id, Market market, LocalDate activatedOn, InvoicingPeriod period, PaymentMethod paymentMethod,
                long monthlyFee, long monthlyRental, LocalDate endsOn) {
}
