package org.vaka.server.billing;

import java.util.List;
import java.util.Optional;

/** Issued invoices, scoped to the tenant. */
public interface Invoices {

    /** Newest first; empty when the tenant has no such panel account. */
    Optional<List<InvoiceView>> forAccount(long tenantId, String account);

    /** The contract's invoices, newest first; empty for an unknown contract or another tenant's. */
    List<InvoiceView> forContract(long tenantId, long contractId);

    Optional<InvoiceView> byNumber(long tenantId, long number);

    /** The invoice as a PDF document. */
    Optional<byte[]> pdf(long tenantId, long number);
}
