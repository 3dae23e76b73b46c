package org.vaka.server.identity;

/** What a member of the alarm receiving centre's staff may do. */
public enum Role {
    /** Watches the live signals and handles alarms. */
    OPERATOR,
    /** Everything an operator does, plus registering panel accounts and managing the centre. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
