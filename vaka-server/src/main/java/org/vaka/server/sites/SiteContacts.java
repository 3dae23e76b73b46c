package org.vaka.server.sites;

import java.util.List;
import java.util.Optional;

/**
 * A site's contact persons in call order and its verification word. Scoped to the tenant; the word is kept as a
 * hash and can only be checked, never read.
 */
public interface SiteContacts {

    /** Empty when the site is not the tenant's. */
    Optional<List<Contact>> contacts(long tenantId, long siteId);

    /**
     * Replaces the call list; positions follow the list's order.
     *
     * @return false when the site is not the tenant's
     * @throws InvalidRegistrationException naming the field when a name or phone number is not usable
     */
    boolean replaceContacts(long tenantId, long siteId, List<Contact> contacts);

    /** @return false when the site is not the tenant's */
    boolean setVerificationWord(long tenantId, long siteId, String word);

    /** Whether the word is the site's; empty when the site has none set (or is not the tenant's). */
    Optional<Boolean> verificationWordMatches(long tenantId, long siteId, String word);
}
