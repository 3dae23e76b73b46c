package org.vaka.server.alarms;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Test and service modes of a tenant's sites. */
public interface SiteModes {

    /**
     * Sets a mode for a period.
     *
     * @return empty when the site is not the tenant's
     * @throws IllegalArgumentException when the period is empty or longer than allowed
     */
    Optional<SiteMode> set(long tenantId, long siteId, SiteMode.Kind mode, String zone, Instant from, Instant until, String by);

    /** Ends a mode now (or leaves it, when it has ended already). */
    boolean end(long tenantId, long siteId, long modeId, String by);

    /** Modes of the site that have not ended yet, soonest first. */
    List<SiteMode> current(long tenantId, long siteId);

    /** What a site sent during a test mode; empty when there is no such test mode of the tenant's site. */
    Optional<TestReport> testReport(long tenantId, long siteId, long modeId);
}
