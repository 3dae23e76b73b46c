package org.vaka.server.sites;

import java.util.List;

/** A site as staff and tools see it: where a panel (or several) is installed. */
public record SiteView(long id, String name, List<String> accounts) {

    public SiteView {
        accounts = List.copyOf(accounts);
    }

    /** The panel account commands and device state go through: the site's first; empty for a site with no panel. */
    public java.util.Optional<String> panelAccount() {
        return accounts.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(accounts.getFirst());
    }
}
