package org.vaka.server.identity.internal;

import java.util.Locale;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.vaka.server.identity.CustomerLogins;
import org.vaka.server.identity.CustomerPrincipal;
import org.vaka.server.identity.TwoStepCode;
import org.vaka.server.identity.TwoStepRequiredException;
import org.vaka.server.identity.TwoStepVerification;
import org.vaka.server.identity.WrongTwoStepCodeException;

/**
 * Signs customers in with e-mail and password, behind the {@link LoginThrottle}. A locked address is refused before
 * its password is even looked at, so guessing on does not help; an unknown address costs the same bcrypt check as a
 * known one, so timing does not tell them apart either. Not a bean: Spring Security would otherwise make it the only
 * provider of its global manager, leaving staff out.
 * <p>
 * A login with two-step verification on is signed in only with a code as well, carried as the authentication's
 * {@link TwoStepCode} details (the app sends both at once); without one the answer is {@link TwoStepRequiredException},
 * which signs nobody in, so neither HTTP Basic nor the staff's form can get around the second step. A wrong code
 * counts in the throttle like a wrong password; a right password alone does not forget earlier failures.
 */
final class CustomerAuthentication implements AuthenticationProvider {

    static final String LOCKED = "Too many failed sign-ins. Try again in a while.";
    static final String WRONG = "Wrong e-mail or password.";

    private final CustomerLogins logins;
    private final LoginThrottle throttle;
    private final PasswordEncoder passwords;
    private final TwoStepVerification twoStep;
    private final String unknownAddressHash;

    CustomerAuthentication(CustomerLogins logins, LoginThrottle throttle, PasswordEncoder passwords,
                           TwoStepVerification twoStep) {
        this.logins = logins;
        this.throttle = throttle;
        this.passwords = passwords;
        this.twoStep = twoStep;
        this.unknownAddressHash = passwords.encode("no login has this password");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = authentication.getName() == null ? "" : authentication.getName().strip().toLowerCase(Locale.ROOT);
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        if (email.isEmpty() || email.length() > 254) {
            throw new BadCredentialsException(WRONG);
        }
        if (throttle.lockedUntil(email).isPresent()) {
            throw new LockedException(LOCKED);
        }
        var login = logins.findByEmail(email);
        boolean matches = passwords.matches(password, login.map(CustomerPrincipal::passwordHash).orElse(unknownAddressHash));
        if (login.isEmpty() || !matches) {
            throttle.failed(email);
            throw new BadCredentialsException(WRONG);
        }
        if (!login.get().enabled()) {
            throw new DisabledException(WRONG);
        }
        if (twoStep.isOn(login.get().loginId())) {
            if (!(authentication.getDetails() instanceof TwoStepCode code)) {
                throw new TwoStepRequiredException(login.get());
            }
            if (!twoStep.verify(login.get().loginId(), code)) {
                throttle.failed(email);
                throw new WrongTwoStepCodeException();
            }
        }
        throttle.succeeded(email);
        return UsernamePasswordAuthenticationToken.authenticated(login.get(), null, login.get().getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
