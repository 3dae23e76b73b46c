package org.vaka.server.sites;

import java.util.List;
import java.util.Optional;

/** The people who use a site's panel, by user number, with their codes kept as hashes. Scoped to the tenant. */
public interface PanelUsers {

    Optional<List<PanelUser>> users(long tenantId, long siteId);

    /**
     * Replaces the site's users. A user number that stays keeps its codes unless new ones are given.
     *
     * @throws InvalidRegistrationException naming the field, with nothing stored
     */
    boolean replaceUsers(long tenantId, long siteId, List<PanelUserRegistration> users);
}
