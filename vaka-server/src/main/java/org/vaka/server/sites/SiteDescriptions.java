package org.vaka.server.sites;

import java.util.List;
import java.util.Optional;

/** A site's customer, address, directions and zones. Scoped to the tenant: empty or false when the site is not its. */
public interface SiteDescriptions {

    Optional<SiteDetails> details(long tenantId, long siteId);

    /**
     * Stores the details; the customer is found by number within the tenant (and updated), or added.
     *
     * @throws InvalidRegistrationException naming the field, with nothing stored
     */
    boolean describe(long tenantId, long siteId, SiteDetails details);

    Optional<List<Zone>> zones(long tenantId, long siteId);

    /** @throws InvalidRegistrationException naming the field, with nothing stored */
    boolean replaceZones(long tenantId, long siteId, List<Zone> zones);
}
