package org.vaka.server.identity;

/** A passkey registration or sign-in that was refused, saying why; nothing was stored or signed in. */
public class PasskeyRefusal extends RuntimeException {

    private final String field;
    private final boolean malformed;

    PasskeyRefusal(String field, String message) {
        this(field, message, false);
    }

    PasskeyRefusal(String field, String message, boolean malformed) {
        super(message);
        this.field = field;
        this.malformed = malformed;
    }

    /** Whether the input was not even a passkey answer (a 400), rather than one that did not check out. */
    public boolean malformed() {
        return malformed;
    }

    public String field() {
        return field;
    }
}
