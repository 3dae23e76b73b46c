package org.vaka.server.portal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.vaka.server.identity.CustomerPrincipal;
import org.vaka.server.sites.Contact;
import org.vaka.server.sites.InvalidRegistrationException;
import org.vaka.server.sites.SiteContacts;

/** The contact persons the centre calls, in order, and the verification word, as an owner or administrator keeps them. */
@Service
public class PortalContacts {

    public static final int FEWEST = 2;
    public static final int MOST = 4;

    private final CustomerSites sites;
    private final SiteContacts contacts;

    PortalContacts(CustomerSites sites, SiteContacts contacts) {
        this.sites = sites;
        this.contacts = contacts;
    }

    /** Empty when the site is not the caller's. */
    public Optional<List<Contact>> contacts(CustomerPrincipal caller, long siteId) {
        NotPermittedException.unlessManager(caller);
        return sites.mine(caller, siteId).flatMap(site -> contacts.contacts(caller.tenantId(), siteId));
    }

    /**
     * @return false when the site is not the caller's
     * @throws InvalidRegistrationException naming the field
     */
    public boolean replace(CustomerPrincipal caller, long siteId, List<Contact> list) {
        NotPermittedException.unlessManager(caller);
        if (sites.mine(caller, siteId).isEmpty()) {
            return false;
        }
        requireCallList(list);
        return contacts.replaceContacts(caller.tenantId(), siteId, list);
    }

    /**
     * The rule for a call list the customer gives, here or in their welcome.
     *
     * @throws InvalidRegistrationException on field {@code contacts} when the list is too short or too long
     */
    public static void requireCallList(List<Contact> list) {
        // One person is no call list: when they do not answer, the centre must have someone else to try.
        if (list == null || list.size() < FEWEST || list.size() > MOST) {
            throw new InvalidRegistrationException("contacts", "give " + FEWEST + " to " + MOST + " contacts in call order");
        }
    }

    /** @return false when the site is not the caller's */
    public boolean setVerificationWord(CustomerPrincipal caller, long siteId, String word) {
        NotPermittedException.unlessManager(caller);
        return sites.mine(caller, siteId).isPresent() && contacts.setVerificationWord(caller.tenantId(), siteId, word);
    }
}
