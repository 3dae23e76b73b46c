package org.vaka.server.signals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/**
 * What the log just took, for people watching: the last few hundred signals and running totals.
 * Volatile by design — it is a window on the log, never a source of truth.
 */
@Component
public class LiveSignals {

    private static final int KEPT = 256;

    private final StoredSignalRing ring = new StoredSignalRing(KEPT);
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();

    void record(List<TenantSignal> signals, int duplicateCount) {
        ring.addAllTenant(signals);
        stored.addAndGet(signals.size());
        duplicates.addAndGet(duplicateCount);
    }

    /** Newest first, at most {@code limit}, only the tenant's own. */
    public List<StoredSignal> latest(long tenantId, int limit) {
        return ring.latest(tenantId, limit);
    }

    public long storedSinceStart() {
        return stored.get();
    }

    public long duplicatesSinceStart() {
        return duplicates.get();
    }

    record TenantSignal(long tenantId, StoredSignal signal) {
    }

    /** A fixed ring, guarded by its own monitor: writes come from one writer thread, reads are rare. */
    static final class StoredSignalRing {
        private final TenantSignal[] items;
        private int next;
        private int size;

        StoredSignalRing(int capacity) {
            items = new TenantSignal[capacity];
        }

        synchronized void addAllTenant(List<TenantSignal> signals) {
            int from = Math.max(0, signals.size() - items.length);
            for (int i = from; i < signals.size(); i++) {
                items[next] = signals.get(i);
                next = (next + 1) % items.length;
                size = Math.min(size + 1, items.length);
            }
        }

        synchronized List<StoredSignal> latest(long tenantId, int limit) {
            List<StoredSignal> out = new ArrayList<>(Math.min(limit, size));
            for (int i = 1; i <= size && out.size() < limit; i++) {
                TenantSignal s = items[(next - i + items.length) % items.length];
                if (s.tenantId() == tenantId) {
                    out.add(s.signal());
                }
            }
            return out;
        }
    }
}
