package org.vaka.server.sites;

import java.util.Optional;
import java.util.function.Predicate;

/** The mobile number the centre has for a customer: what registration matches and what texts about it go to. */
public interface CustomerMobiles {

    /** Empty when the customer has none recorded (or is not the tenant's). */
    Optional<String> mobile(long tenantId, long customerId);

    /**
     * Changes the customer's mobile. Contacts on the customer's own sites whose number {@code wasTheOld} recognises
     * follow it: they are the customer themself, and the centre must not call a number they have given up.
     *
     * @return how many contacts followed
     */
    int change(long tenantId, long customerId, String newMobile, Predicate<String> wasTheOld);
}
