package org.vaka.server.billing;

/**
 * The hand-over to the debt-collection agency: every invoice the reminders have passed to collection, as the file
 * the agency imports. Scoped to the tenant.
 */
public interface DebtCollection {

    /**
     * Semicolon-separated, UTF-8, one line per invoice after a header: customer number; name; address; invoice
     * number; reference; issued; due; total, fees and paid in minor units; outstanding; currency.
     */
    String exportFile(long tenantId);
}
