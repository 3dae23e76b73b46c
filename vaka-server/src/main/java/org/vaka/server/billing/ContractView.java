package org.vaka.server.billing;

import java.time.LocalDate;

/** A contract as staff and tools see it; prices are net monthly amounts in minor units. */
public record ContractView(long id, String customerNumber, String customerName, long siteId, String siteName,
                          Market market, ContractKind kind, LocalDate activatedOn, int bindingMonths,
                          LocalDate bindingEndsOn, InvoicingPeriod invoicingPeriod, PaymentMethod paymentMethod,
                          String currency, long monthlyFee, long monthlyRental, LocalDate noticeGivenOn,
                          LocalDate endsOn) {

    public ContractTerms terms() {
        return new ContractTerms(market, kind, activatedOn, bindingMonths);
    }
}
