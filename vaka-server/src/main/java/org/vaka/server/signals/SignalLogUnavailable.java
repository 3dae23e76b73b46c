package org.vaka.server.signals;

/** The log could not take the signal (queue full, database down). The panel gets no ACK and sends again. */
public class SignalLogUnavailable extends RuntimeException {

    public SignalLogUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
