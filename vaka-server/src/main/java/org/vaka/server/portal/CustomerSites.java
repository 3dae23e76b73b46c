package org.vaka.server.portal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.vaka.server.identity.CustomerPrincipal;
import org.vaka.server.sites.SiteView;
import org.vaka.server.sites.Sites;

/** The sites a customer login may see: its own customer's, within its own tenant, and no others. */
@Service
public class CustomerSites {

    private final Sites sites;

    CustomerSites(Sites sites) {
        this.sites = sites;
    }

    public List<SiteView> mine(CustomerPrincipal caller) {
        return sites.ofCustomer(caller.tenantId(), caller.customerId());
    }

    /** Empty both when there is no such site and when it is someone else's. */
    public Optional<SiteView> mine(CustomerPrincipal caller, long siteId) {
        return mine(caller).stream().filter(site -> site.id() == siteId).findFirst();
    }
}
