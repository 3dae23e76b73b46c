package org.vaka.server.sites;

import java.time.Instant;
import java.util.List;

/**
 * A site as staff and tools see it: where a panel (or several) is installed. {@code customerSince} is when its present
 * customer got it from an earlier holder (by activation or by the centre moving it); null when it has always been
 * theirs. What happened before is not the present customer's to read.
 */
public record SiteView(long id, String name, List<String> accounts, Instant customerSince) {

    public SiteView {
        accounts = List.copyOf(accounts);
    }

    public SiteView(long id, String name, List<String> accounts) {
        this(id, name, accounts, null);
    }

    /** Whether something at that moment happened while the site was its present customer's. */
    public boolean heldByPresentCustomerAt(Instant moment) {
        return customerSince == null || !moment.isBefore(customerSince);
    }

    /** The panel account commands and device state go through: the site's first; empty for a site with no panel. */
    public java.util.Optional<String> panelAccount() {
        return accounts.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(accounts.getFirst());
    }
}
