package org.vaka.sim;

/** The command line cannot be understood; the message tells the user what to change. Exit status 2. */
public final class UsageException extends Exception {

    public UsageException(String message) {
        super(message);
    }
}
