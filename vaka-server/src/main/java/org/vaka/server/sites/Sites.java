package org.vaka.server.sites;

import java.util.List;
import java.util.Optional;

/** The sites of a tenant. Every lookup is scoped to the caller's tenant: another tenant's site is simply not there. */
public interface Sites {

    /** The tenant's sites, or only the one(s) a panel account number belongs to. */
    List<SiteView> list(long tenantId, String account);

    Optional<SiteView> find(long tenantId, long siteId);

    /** The sites of one customer of the tenant: all a customer's own login may ever see. */
    List<SiteView> ofCustomer(long tenantId, long customerId);
}
