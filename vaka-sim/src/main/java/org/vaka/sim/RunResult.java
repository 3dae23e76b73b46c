package org.vaka.sim;

/** The outcome of a load run, counted once all panels have stopped. */
record RunResult(
        SimOptions options,
        int accounts,
        long sent,
        long acked,
        long nakked,
        long duh,
        long unanswered,
        long refused,
        long abandoned,
        long retransmitted,
        long invalidReplies,
        long connectionsLost,
        long connectFailures,
        LatencyHistogram latencies,
        long elapsedNanos,
        String firstInvalidReply) {

    RunResult(SimOptions options, int accounts, SimCounters c, LatencyHistogram latencies, long elapsedNanos,
              String firstInvalidReply) {
        this(options, accounts, c.sent.sum(), c.acked.sum(), c.nakked.sum(), c.duh.sum(), c.unanswered.sum(),
                c.refused.sum(), c.abandoned.sum(), c.retransmitted.sum(), c.invalidReplies.sum(),
                c.connectionsLost.sum(), c.connectFailures.sum(), latencies, elapsedNanos, firstInvalidReply);
    }

    /** ACKs per second over the whole run, from the first connect to the last reply awaited. */
    double ackRate() {
        return elapsedNanos <= 0 ? 0 : acked * 1e9 / elapsedNanos;
    }
}
