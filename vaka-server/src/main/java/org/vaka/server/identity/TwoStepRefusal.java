package org.vaka.server.identity;

/**
 * A two-step request that was refused and changed nothing: which field was wrong (or none), and whether it was the
 * state of things rather than the input (already on, not started), which an API answers 409 instead of 400.
 */
public class TwoStepRefusal extends RuntimeException {

    private final String field;
    private final boolean conflict;

    TwoStepRefusal(String field, String message, boolean conflict) {
        super(message);
        this.field = field;
        this.conflict = conflict;
    }

    public String field() {
        return field;
    }

    public boolean conflict() {
        return conflict;
    }
}
