package org.vaka.server.receiver;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.vaka.protocol.dc09.Rejection;

/** Running counts of what the receiver did, for the console and the Prometheus endpoint. */
@Component
public class ReceiverStats {

    private final LongAdder frames = new LongAdder();
    private final LongAdder acked = new LongAdder();
    private final LongAdder linkTests = new LongAdder();
    private final LongAdder garbageBytes = new LongAdder();
    private final LongAdder unavailable = new LongAdder();
    private final AtomicLong connections = new AtomicLong();
    private final Map<Rejection, LongAdder> rejections = new EnumMap<>(Rejection.class);
    private final Map<Rejection, Counter> rejectionCounters = new EnumMap<>(Rejection.class);
    private final Counter ackCounter;

    ReceiverStats(MeterRegistry meters) {
        for (Rejection r : Rejection.values()) {
            rejections.put(r, new LongAdder());
            rejectionCounters.put(r, meters.counter("vaka.receiver.rejections", "reason", r.name()));
        }
        ackCounter = meters.counter("vaka.receiver.acks");
        meters.gauge("vaka.receiver.connections", connections);
    }

    void frame() { frames.increment(); }

    void acked() { acked.increment(); ackCounter.increment(); }

    void linkTest() { linkTests.increment(); }

    void garbage(int bytes) { garbageBytes.add(bytes); }

    void unavailable() { unavailable.increment(); }

    void rejected(Rejection rejection) {
        rejections.get(rejection).increment();
        rejectionCounters.get(rejection).increment();
    }

    void connected() { connections.incrementAndGet(); }

    void disconnected() { connections.decrementAndGet(); }

    public Snapshot snapshot() {
        Map<String, Long> byReason = new java.util.LinkedHashMap<>();
        rejections.forEach((r, n) -> byReason.put(r.name(), n.sum()));
        return new Snapshot(frames.sum(), acked.sum(), linkTests.sum(), unavailable.sum(), garbageBytes.sum(),
                connections.get(), byReason);
    }

    public record Snapshot(long frames, long acked, long linkTests, long unavailable, long garbageBytes,
                           long openConnections, Map<String, Long> rejections) {
        public long rejectedTotal() {
            return rejections.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
