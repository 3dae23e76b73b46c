package org.vaka.server.portal;

import org.springframework.stereotype.Service;
import org.vaka.server.identity.CustomerLogins;
import org.vaka.server.identity.CustomerPrincipal;
import org.vaka.server.sites.InvalidRegistrationException;

/** A login's own settings: for now its password, which every role may change for itself. */
@Service
public class AccountSettings {

    private final CustomerLogins logins;

    AccountSettings(CustomerLogins logins) {
        this.logins = logins;
    }

    /** @throws InvalidRegistrationException naming the field: {@code current} when wrong, {@code password} when too short */
    public void changePassword(CustomerPrincipal caller, String current, String next) {
        if (next == null || next.length() < Invitations.MIN_PASSWORD || next.length() > 200) {
            throw new InvalidRegistrationException("password", "a password has at least " + Invitations.MIN_PASSWORD + " characters");
        }
        if (!logins.changeOwnPassword(caller.loginId(), current, next)) {
            throw new InvalidRegistrationException("current", "that is not your current password");
        }
    }
}
