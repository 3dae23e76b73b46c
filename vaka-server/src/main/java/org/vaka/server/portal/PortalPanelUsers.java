package org.vaka.server.portal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.vaka.server.identity.CustomerPrincipal;
import org.vaka.server.sites.InvalidRegistrationException;
import org.vaka.server.sites.PanelUser;
import org.vaka.server.sites.PanelUserRegistration;
import org.vaka.server.sites.PanelUsers;

/** The people who use the panel and their codes, as an owner or administrator keeps them; the codes are write-only. */
@Service
public class PortalPanelUsers {

    private final CustomerSites sites;
    private final PanelUsers users;

    PortalPanelUsers(CustomerSites sites, PanelUsers users) {
        this.sites = sites;
        this.users = users;
    }

    /** Empty when the site is not the caller's. */
    public Optional<List<PanelUser>> users(CustomerPrincipal caller, long siteId) {
        NotPermittedException.unlessManager(caller);
        return sites.mine(caller, siteId).flatMap(site -> users.users(caller.tenantId(), siteId));
    }

    /**
     * @return false when the site is not the caller's
     * @throws InvalidRegistrationException naming the field
     */
    public boolean replace(CustomerPrincipal caller, long siteId, List<PanelUserRegistration> list) {
        NotPermittedException.unlessManager(caller);
        if (sites.mine(caller, siteId).isEmpty()) {
            return false;
        }
        if (list == null) {
            throw new InvalidRegistrationException("users", "give the list of users");
        }
        return users.replaceUsers(caller.tenantId(), siteId, list);
    }
}
