package org.vaka.server.signals;

import java.util.concurrent.CompletableFuture;

/**
 * The durable signal log. {@link #append} completes only once the signal is committed (or recognised as
 * a retransmission of a committed one): the receiver ACKs the panel on completion, never before.
 * It completes exceptionally with {@link SignalLogUnavailable} when the signal could not be made durable.
 */
public interface SignalLog {

    CompletableFuture<Appended> append(IncomingSignal signal);

    enum Appended {
        /** Written and committed now. */
        STORED,
        /** The same message was already in the log: ACK it again, store nothing. */
        DUPLICATE
    }
}
