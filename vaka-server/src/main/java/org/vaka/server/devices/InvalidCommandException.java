package org.vaka.server.devices;

/** A command request that cannot be sent as given (unknown type, missing target, a code of the wrong form). */
public class InvalidCommandException extends RuntimeException {

    private final String field;

    public InvalidCommandException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
