package org.vaka.server.sites;

/** A registration that cannot be stored as given; the message says why, for the person who sent it. */
public class InvalidRegistrationException extends RuntimeException {

    private final String field;

    public InvalidRegistrationException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
