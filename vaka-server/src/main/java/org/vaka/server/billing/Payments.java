package org.vaka.server.billing;

import java.time.LocalDate;
import java.util.List;

/** Incoming payments: Bankgiro BgMax files matched to invoices by reference. */
public interface Payments {

    /**
     * Reads a BgMax file and books each payment against the open invoice with its reference. Payments already
     * imported (same Bankgirot serial number) are skipped, so a file can be imported again safely.
     *
     * @throws InvalidBillingInputException when the file is not BgMax
     */
    ImportSummary importBgMax(long tenantId, String file);

    /** Payments no open invoice matched, for the back office. */
    List<UnmatchedPayment> unmatched(long tenantId);

    /** Books a payment by reference (the demo seed's paid history). */
    boolean book(long tenantId, String reference, long amount, LocalDate paidOn, String serial);

    record ImportSummary(int payments, int matched, int unmatched, int duplicates, long amount, long matchedAmount) {
    }

    record UnmatchedPayment(long id, String reference, long amount, LocalDate paidOn, String payer, String serial) {
    }
}
