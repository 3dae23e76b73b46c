package org.vaka.server.billing;

/** A request billing refuses, naming the field that is wrong; nothing was stored. */
public class InvalidBillingInputException extends RuntimeException {

    private final String field;

    public InvalidBillingInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
