package org.vaka.server.identity.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.vaka.server.identity.CustomerLogins;
import org.vaka.server.identity.CustomerPrincipal;
import org.vaka.server.identity.SecondStep;
import org.vaka.server.identity.TwoStepCode;
import org.vaka.server.identity.TwoStepVerification;
import org.vaka.server.identity.WrongTwoStepCodeException;

/**
 * Finishes a browser's sign-in with the code, behind the same {@link LoginThrottle} as the password: five wrong codes
 * lock the address as five wrong passwords would. Not a bean, for the same reason as {@link CustomerAuthentication}.
 */
final class SecondStepAuthentication implements AuthenticationProvider {

    private final CustomerLogins logins;
    private final LoginThrottle throttle;
    private final TwoStepVerification twoStep;

    SecondStepAuthentication(CustomerLogins logins, LoginThrottle throttle, TwoStepVerification twoStep) {
        this.logins = logins;
        this.throttle = throttle;
        this.twoStep = twoStep;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = authentication.getName();
        if (throttle.lockedUntil(email).isPresent()) {
            throw new LockedException(CustomerAuthentication.LOCKED);
        }
        CustomerPrincipal login = logins.findByEmail(email).filter(CustomerPrincipal::enabled)
                .orElseThrow(() -> new BadCredentialsException(CustomerAuthentication.WRONG));
        if (!(authentication.getCredentials() instanceof TwoStepCode code) || !twoStep.verify(login.loginId(), code)) {
            throttle.failed(email);
            throw new WrongTwoStepCodeException();
        }
        throttle.succeeded(email);
        return UsernamePasswordAuthenticationToken.authenticated(login, null, login.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return SecondStep.class.isAssignableFrom(authentication);
    }
}
