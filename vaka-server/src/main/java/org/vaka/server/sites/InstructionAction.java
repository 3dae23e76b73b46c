package org.vaka.server.sites;

/** What a step of an action instruction asks the operator to do. NOTE is free text. */
public enum InstructionAction {
    CALL_CONTACTS("Call the contact persons in order"),
    VERIFY_WORD("Verify the caller with the site's verification word"),
    DISPATCH_GUARD("Dispatch a guard"),
    CALL_EMERGENCY("Call emergency services (112)"),
    SMS_CUSTOMER("Send the customer an SMS"),
    NOTE("");

    private final String standardText;

    InstructionAction(String standardText) {
        this.standardText = standardText;
    }

    /** What the checklist says when the step has no text of its own. */
    public String standardText() {
        return standardText;
    }
}
