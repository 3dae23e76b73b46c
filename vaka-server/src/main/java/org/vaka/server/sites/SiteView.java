package org.vaka.server.sites;

import java.util.List;

/** A site as staff and tools see it: where a panel (or several) is installed. */
public record SiteView(long id, String name, List<String> accounts) {

    public SiteView {
        accounts = List.copyOf(accounts);
    }
}
