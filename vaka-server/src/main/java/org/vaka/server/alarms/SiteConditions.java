package org.vaka.server.alarms;

import java.util.Optional;

/** A site's condition as its event stream leaves it. Scoped to the tenant. */
public interface SiteConditions {

    /** @return empty when the site is not the tenant's */
    Optional<SiteCondition> of(long tenantId, long siteId);
}
