package org.vaka.server.sites;

import java.util.List;
import java.util.Optional;

/**
 * The registry of panel accounts. Lookups for the receiver are answered from memory, so an unknown
 * account flooding the port costs no database query.
 */
public interface PanelAccounts {

    /** The account a frame belongs to, by account number and the R/L it was sent with (null when absent). */
    Optional<PanelAccount> match(String account, String receiver, String line);

    Optional<PanelAccount> byId(long id);

    /** Is this exact account number, receiver and line (empty or null: any) taken, by any tenant? */
    boolean registered(String account, String receiver, String line);

    /**
     * Is this the panel's MQTT login? The user name is the account number; only accounts registered with a
     * broker password can log in.
     */
    boolean brokerLoginValid(String account, byte[] password);

    /** Registers a new account or changes the one with the same account number, receiver and line. */
    RegistrationResult register(long tenantId, PanelAccountRegistration registration);

    Optional<PanelAccountView> view(long tenantId, String account);

    List<PanelAccountView> list(long tenantId);

    record RegistrationResult(PanelAccountView account, boolean created) {
    }
}
