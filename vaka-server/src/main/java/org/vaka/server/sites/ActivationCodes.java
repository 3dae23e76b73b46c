package org.vaka.server.sites;

import java.time.Duration;
import java.util.Optional;

/**
 * Activation codes for newly installed sites. A site that no customer holds yet gets a code from an administrator
 * of the centre; the customer who enters it gets the site: it becomes their customer's, as if the centre had
 * recorded them in its details, so every query that scopes by customer shows it to them and to nobody else.
 * Scoped to the tenant like every other lookup.
 */
public interface ActivationCodes {

    Duration VALID = Duration.ofDays(30);

    /**
     * Issues a new random code for the site, replacing any earlier one.
     *
     * @return empty when the site is not the tenant's
     * @throws InvalidRegistrationException (field {@code site}) when the site already has a customer (it is theirs,
     *                                      and only a change of its details moves it) or a contract (an earlier
     *                                      customer's, whose invoices would follow the site)
     */
    Optional<IssuedActivationCode> issue(long tenantId, long siteId, String issuedBy);

    /** As {@link #issue(long, long, String)}, with a code chosen beforehand (the demo tenant's documented one). */
    Optional<IssuedActivationCode> issue(long tenantId, long siteId, String code, String issuedBy);

    /**
     * Gives the site with this code to the customer and spends the code. A site without a call list gets the
     * customer (name and mobile) as its first contact, so the centre has someone to call from the first alarm.
     *
     * @return the site; empty when no usable code matches (unknown, used, expired, another tenant's, or the site
     * got a customer meanwhile) — all alike, so an answer tells a guesser nothing
     */
    Optional<SiteView> redeem(long tenantId, long customerId, long loginId, String typed);
}
