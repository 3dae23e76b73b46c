package org.vaka.server.billing;

/**
 * Things charged once, on the next invoice. Consumer prices are quoted with VAT (690 kr, 1,990 kr); the net here is
 * that price without Swedish VAT, so the invoice shows exactly the quoted price.
 */
public enum OneOffItem {
    BATTERY_REPLACEMENT(55_200, "Batteribyte", "Battery replacement", false),
    KEY_RETURN(159_200, "Återlämning av nyckel", "Key return", false),
    GUARD_DISPATCH(120_000, "Väktarutryckning", "Guard dispatch", true);

    private final long netSek;
    private final String swedish;
    private final String english;
    private final boolean businessOnly;

    OneOffItem(long netSek, String swedish, String english, boolean businessOnly) {
        this.netSek = netSek;
        this.swedish = swedish;
        this.english = english;
        this.businessOnly = businessOnly;
    }

    /** The net price in the market's minor unit; in Finland the euro price is a tenth of the krona price. */
    public long net(Market market) {
        return market == Market.SE ? netSek : netSek / 10;
    }

    public String description(Market market) {
        return market == Market.SE ? swedish : english;
    }

    public boolean businessOnly() {
        return businessOnly;
    }
}
