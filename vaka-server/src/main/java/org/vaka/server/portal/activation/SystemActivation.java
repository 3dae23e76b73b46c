package org.vaka.server.portal.activation;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vaka.server.identity.CustomerPrincipal;
import org.vaka.server.portal.guesses.WrongGuesses;
import org.vaka.server.sites.ActivationCodes;
import org.vaka.server.sites.SiteView;

/**
 * "Find new alarm system": a customer's owner or administrator types the activation code the centre gave for a newly
 * installed system, and it becomes their customer's — in their overview, history, contacts and everything else
 * that goes through {@link org.vaka.server.portal.CustomerSites}. Users and app-only logins arm and disarm what
 * the customer has; adding to it is for those who manage it.
 *
 * <p>An unknown, used, expired or someone else's code all get one answer, and wrong ones count against the login
 * ({@link WrongGuesses}): at ten characters a code cannot be guessed at five tries a quarter of an hour.
 */
@Service
public class SystemActivation {

    private static final Logger log = LoggerFactory.getLogger(SystemActivation.class);

    public sealed interface Outcome {
    }

    public record Activated(SiteView site) implements Outcome {
    }

    public enum Refusal implements Outcome { NOT_PERMITTED, NO_SUCH_CODE, TOO_MANY_TRIES }

    private final ActivationCodes codes;
    private final WrongGuesses guesses;

    SystemActivation(ActivationCodes codes, WrongGuesses guesses) {
        this.codes = codes;
        this.guesses = guesses;
    }

    @Transactional
    public Outcome activate(CustomerPrincipal caller, String code) {
        if (!caller.role().managesLogins()) {
            return Refusal.NOT_PERMITTED;
        }
        if (guesses.exhausted(caller.loginId(), WrongGuesses.Kind.ACTIVATION_CODE)) {
            return Refusal.TOO_MANY_TRIES; // even a right code waits: otherwise the answer would tell it was right
        }
        Optional<SiteView> site = codes.redeem(caller.tenantId(), caller.customerId(), caller.loginId(), code);
        if (site.isEmpty()) {
            guesses.wrong(caller.loginId(), WrongGuesses.Kind.ACTIVATION_CODE);
            return Refusal.NO_SUCH_CODE;
        }
        log.info("login {} added site {} to customer {} with its activation code", caller.loginId(), site.get().id(),
                caller.customerId());
        return new Activated(site.get());
    }
}
