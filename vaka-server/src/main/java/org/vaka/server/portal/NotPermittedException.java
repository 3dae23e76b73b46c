package org.vaka.server.portal;

import org.vaka.server.identity.CustomerPrincipal;

/** The caller is the customer's but may not do this: only owners and administrators manage a customer's sites and logins. */
public class NotPermittedException extends RuntimeException {

    NotPermittedException(String message) {
        super(message);
    }

    /** Checked before the site is looked up, so a refusal says nothing about which sites exist. */
    static void unlessManager(CustomerPrincipal caller) {
        if (!caller.role().managesLogins()) {
            throw new NotPermittedException("Only the owner or an administrator may do this.");
        }
    }
}
