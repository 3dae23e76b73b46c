package org.vaka.server.signals;

import java.util.List;

/**
 * The signal log in the order it was written, for the stages that follow it (alarms). A reader keeps its own
 * mark and asks for what came after; the single writer commits rows in id order, so nothing is ever skipped.
 */
public interface SignalFeed {

    /** Up to {@code limit} rows with an id above {@code afterId}, oldest first, of every tenant. */
    List<LoggedSignal> after(long afterId, int limit);

    /** The id of the newest row in the log, 0 when it is empty: how far a reader is behind. */
    long newestId();
}
