package org.vaka.server.identity;

/**
 * What a customer's own login may do at its sites. Every customer login holds {@code ROLE_CUSTOMER}, which no staff
 * member holds, and never a staff role: the two sides of the house cannot pass each other's rules.
 */
public enum CustomerRole {
    /** Holds the agreement; may later manage the other logins. */
    OWNER,
    /** Manages logins on the owner's behalf. */
    ADMINISTRATOR,
    /** Arms, disarms and reads the history. */
    USER,
    /** As a user, but only through the app. */
    APP_ONLY;

    public static final String CUSTOMER_AUTHORITY = "ROLE_CUSTOMER";

    public String authority() {
        return "ROLE_CUSTOMER_" + name();
    }

    public boolean managesLogins() {
        return this == OWNER || this == ADMINISTRATOR;
    }
}
