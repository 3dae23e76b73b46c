package org.vaka.server.billing.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The payee printed on invoices: the centre's Bankgiro for Swedish invoices, its IBAN and BIC for Finnish ones.
 * The defaults are placeholders for the demo; a real centre sets its own.
 */
@ConfigurationProperties("vaka.billing")
record Seller(String bankgiro, String iban, String bic, String organisationNumber, String address) {

    Seller {
        bankgiro = bankgiro == null ? "5050-1055" : bankgiro;
        iban = iban == null ? "FI21 1234 5600 0007 85" : iban;
        bic = bic == null ? "NDEAFIHH" : bic;
        organisationNumber = organisationNumber == null ? "556000-0000" : organisationNumber;
        address = address == null ? "Larmvägen 1, 111 11 Stockholm" : address;
    }
}
