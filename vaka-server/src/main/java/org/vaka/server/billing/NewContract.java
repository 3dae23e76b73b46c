package org.vaka.server.billing;

import java.time.LocalDate;

/** What opening a contract for a site takes; the customer is the site's. */
public record NewContract(long siteId, Market market, ContractKind kind, LocalDate activatedOn, int bindingMonths,
                          InvoicingPeriod invoicingPeriod, PaymentMethod paymentMethod, long monthlyFee,
                          long monthlyRental) {
}
