package org.vaka.server.devices;

import java.util.Optional;

/** The live state of a site's panel and devices, as the panel last published it. Scoped to the tenant. */
public interface SiteDevices {

    Optional<SiteState> state(long tenantId, long siteId);
}
