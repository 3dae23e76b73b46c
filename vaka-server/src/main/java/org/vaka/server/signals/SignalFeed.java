package org.vaka.server.signals;

import java.util.List;

/**
 * The signal log in the order it was written, for the stages that follow it (alarms). A reader keeps its own
 * mark and asks for what came after; the single writer commits rows in id order, so nothing is ever skipped.
 */
public interface SignalFeed {

    /** Up to {@code limit} rows with an id above {@code afterId}, oldest first, of every tenant. */
    List<LoggedSignal> after(long afterId, int limit);

    /**
     * Events of the given categories (restores left out) in rows with ids in {@code (afterId, upToId]}, oldest first:
     * for reading ahead of the log's order when something cannot wait its turn.
     */
    List<LoggedSignal> ahead(long afterId, long upToId, java.util.Set<String> categories);

    /** The id of the newest row in the log, 0 when it is empty: how far a reader is behind. */
    long newestId();
}
