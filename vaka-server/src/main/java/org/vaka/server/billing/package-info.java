/**
 * Billing: contracts with their market's notice rules, invoices with payment references, the invoicing run and
 * Bankgiro payment import. Amounts are always {@code long} minor units (öre, cents).
 */
package org.vaka.server.billing;
