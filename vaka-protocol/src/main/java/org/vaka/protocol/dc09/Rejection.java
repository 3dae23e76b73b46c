package org.vaka.protocol.dc09;

/** Why a frame was refused, and which reply the standard prescribes. */
public enum Rejection {
    MALFORMED(Reply.DUH),
    BAD_CRC(Reply.NAK),
    BAD_LENGTH(Reply.NAK),
    OVERSIZED(Reply.NAK),
    UNSUPPORTED_TOKEN(Reply.DUH),
    MISSING_KEY(Reply.NAK),
    UNEXPECTED_PLAINTEXT(Reply.NAK),
    UNDECRYPTABLE(Reply.NAK),
    MISSING_TIMESTAMP(Reply.NAK),
    OUTSIDE_TIME_WINDOW(Reply.NAK),
    UNKNOWN_ACCOUNT(Reply.NAK);

    /** DUH means "understood the transport, cannot process it"; NAK makes the panel retry. */
    public enum Reply { NAK, DUH }

    private final Reply reply;

    Rejection(Reply reply) {
        this.reply = reply;
    }

    public Reply reply() {
        return reply;
    }
}
