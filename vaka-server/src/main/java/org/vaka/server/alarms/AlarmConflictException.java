package org.vaka.server.alarms;

/** The alarm is not in a state that allows this: taken by someone else, already closed, not taken by the caller. */
public class AlarmConflictException extends RuntimeException {

    public AlarmConflictException(String message) {
        super(message);
    }
}
