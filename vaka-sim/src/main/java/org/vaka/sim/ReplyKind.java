package org.vaka.sim;

/** What a panel makes of a reply to the frame it is waiting on. */
enum ReplyKind {
    /** ACK (or a *ACK that decrypts) echoing our sequence and account. */
    ACK,
    /** The receiver refused the frame; it carries the receiver's clock. */
    NAK,
    /** The receiver understood the frame but cannot process it. */
    DUH,
    /** A late reply to an earlier frame (e.g. the ACK of a retransmitted copy); ignored. */
    STALE,
    /** Not a reply a panel could accept: broken frame, wrong account, plain ACK to an encrypted frame, ... */
    INVALID
}
