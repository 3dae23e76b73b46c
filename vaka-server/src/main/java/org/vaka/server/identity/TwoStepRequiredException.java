package org.vaka.server.identity;

import org.springframework.security.core.AuthenticationException;

/**
 * The password was right, but this login also needs a code: nobody is signed in yet. Carries the login so that the
 * sign-in page can ask for the code without asking for the password again.
 */
public class TwoStepRequiredException extends AuthenticationException {

    public static final String MESSAGE = "Two-step verification is on for this login: give the 6-digit code from the "
            + "authenticator app (or a recovery code) as \"code\".";

    private final transient CustomerPrincipal login;

    public TwoStepRequiredException(CustomerPrincipal login) {
        super(MESSAGE);
        this.login = login;
    }

    public CustomerPrincipal login() {
        return login;
    }
}
