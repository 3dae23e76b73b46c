package org.vaka.sim.fleet;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

import org.vaka.sim.LatencyHistogram;

/**
 * What became of a bench's commands, filled in from many virtual threads. Latencies are kept for succeeded
 * commands only: a refusal or a server-side timeout measures something else than the round trip.
 */
final class BenchTally {

    final LongAdder sent = new LongAdder();
    final LongAdder succeeded = new LongAdder();
    final LongAdder failed = new LongAdder();
    /** No final answer within the answer timeout. */
    final LongAdder timeouts = new LongAdder();
    /** The API call itself failed: refused, unreachable, not JSON. */
    final LongAdder errors = new LongAdder();
    final LongAdder inFlight = new LongAdder();
    final AtomicReference<String> firstError = new AtomicReference<>();

    private final Map<String, Long> refusals = new TreeMap<>();
    /** Server round trip: command published to the panel's result back, as roundTripMillis says. */
    private final LatencyHistogram server = new LatencyHistogram();
    /** What a user of the API sees: POST sent to the final answer in hand. */
    private final LatencyHistogram observed = new LatencyHistogram();

    synchronized void answered(CommandOutcome outcome, long observedNanos) {
        if (outcome.succeeded()) {
            succeeded.increment();
            observed.recordNanos(observedNanos);
            if (outcome.roundTripMillis() != null) {
                server.recordMicros(outcome.roundTripMillis() * 1_000);
            }
        } else {
            failed.increment();
            refusals.merge(outcome.refusal() == null ? outcome.status() : outcome.refusal(), 1L, Long::sum);
        }
    }

    void error(String message) {
        errors.increment();
        firstError.compareAndSet(null, message);
    }

    synchronized Map<String, Long> refusals() {
        return new TreeMap<>(refusals);
    }

    /** Copies, so a report can read them while commands still come in. */
    synchronized LatencyHistogram server() {
        LatencyHistogram copy = new LatencyHistogram();
        copy.add(server);
        return copy;
    }

    synchronized LatencyHistogram observed() {
        LatencyHistogram copy = new LatencyHistogram();
        copy.add(observed);
        return copy;
    }
}
