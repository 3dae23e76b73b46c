package org.vaka.server.signals;

import java.util.List;

/** Reading the signal log, always scoped to one tenant. */
public interface SignalQueries {

    /** Newest first. */
    List<StoredSignal> recent(long tenantId, String account, int limit);

    /** Newest first, every account of the tenant. */
    List<StoredSignal> recent(long tenantId, int limit);

    /** One account's signals with ids in {@code [fromId, toId]}, oldest first. */
    List<StoredSignal> between(long tenantId, String account, long fromId, long toId, int limit);
}
