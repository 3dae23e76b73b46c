package org.vaka.server.identity;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * The second half of a browser's sign-in: a login whose password was already checked, and the code now typed. Only
 * the sign-in's own verify page makes one, from what it kept in the HTTP session after the password step.
 */
public final class SecondStep extends AbstractAuthenticationToken {

    private final String email;
    private final TwoStepCode code;

    public SecondStep(String email, TwoStepCode code) {
        super(List.of());
        this.email = email;
        this.code = code;
    }

    @Override
    public Object getCredentials() {
        return code;
    }

    @Override
    public Object getPrincipal() {
        return email;
    }

    @Override
    public String getName() {
        return email;
    }
}
