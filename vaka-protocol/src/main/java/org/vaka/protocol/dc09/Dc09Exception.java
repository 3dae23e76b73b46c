package org.vaka.protocol.dc09;

import java.util.Objects;
import java.util.Optional;

/**
 * A frame was refused. The message says exactly why, for the people reading the receiver log
 * ("CRC is 0x1234 but the frame says 0xF4B5").
 */
public final class Dc09Exception extends Exception {

    private static final long serialVersionUID = 1L;

    private final Rejection rejection;
    // A DUH must echo the header, so the frame travels with the exception whenever it could be read.
    private final transient Dc09Frame frame;

    public Dc09Exception(Rejection rejection, String message) {
        this(rejection, message, null);
    }

    public Dc09Exception(Rejection rejection, String message, Dc09Frame frame) {
        super(message);
        this.rejection = Objects.requireNonNull(rejection, "rejection");
        this.frame = frame;
    }

    public Rejection rejection() {
        return rejection;
    }

    /** The frame as far as it could be read; present for everything {@code open} throws and for
     *  UNSUPPORTED_TOKEN, absent when the frame itself was unreadable (CRC, length, header). */
    public Optional<Dc09Frame> frame() {
        return Optional.ofNullable(frame);
    }

    @Override
    public String toString() {
        return "Dc09Exception[" + rejection + "]: " + getMessage();
    }
}
