package org.vaka.sim;

import java.util.concurrent.atomic.LongAdder;

/**
 * What happened to the signals, shared by all event loops and read once a second by the progress line.
 * "sent" counts messages (new sequence numbers); their retransmissions are counted apart.
 */
final class SimCounters {

    final LongAdder sent = new LongAdder();
    final LongAdder acked = new LongAdder();
    /** NAK replies, each one: a message NAKed twice counts twice. */
    final LongAdder nakked = new LongAdder();
    final LongAdder duh = new LongAdder();
    /** Messages given up after the last retransmission went unanswered. */
    final LongAdder unanswered = new LongAdder();
    /** Messages given up because the receiver kept NAKing them after the panel fixed its clock. */
    final LongAdder refused = new LongAdder();
    /** Messages still waiting for a reply when the run ended. */
    final LongAdder abandoned = new LongAdder();
    final LongAdder retransmitted = new LongAdder();
    final LongAdder invalidReplies = new LongAdder();
    final LongAdder connectionsLost = new LongAdder();
    final LongAdder connectFailures = new LongAdder();
}
