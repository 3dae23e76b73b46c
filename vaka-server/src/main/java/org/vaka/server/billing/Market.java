package org.vaka.server.billing;

/**
 * A market's money and tax. VAT is kept in basis points so 25.5 % stays exact; the paper-invoice fee is net of
 * VAT like every other price (59 kr gross in Sweden is 47.20 kr + 11.80 kr VAT).
 */
public enum Market {
    SE("SEK", 2500, 4720, 30),
    FI("EUR", 2550, 400, 14);

    private final String currency;
    private final int vatBasisPoints;
    private final long paperFeeNet;
    private final int paymentTermDays;

    Market(String currency, int vatBasisPoints, long paperFeeNet, int paymentTermDays) {
        this.currency = currency;
        this.vatBasisPoints = vatBasisPoints;
        this.paperFeeNet = paperFeeNet;
        this.paymentTermDays = paymentTermDays;
    }

    public String currency() {
        return currency;
    }

    public int vatBasisPoints() {
        return vatBasisPoints;
    }

    /** The VAT on one line's net amount, rounded half up to the minor unit (per line, never per invoice). */
    public long vatOn(long net) {
        long scaled = Math.abs(net) * vatBasisPoints;
        long vat = (scaled + 5_000) / 10_000;
        return net < 0 ? -vat : vat;
    }

    public long paperFeeNet() {
        return paperFeeNet;
    }

    public int paymentTermDays() {
        return paymentTermDays;
    }
}
