package org.vaka.server.console;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.vaka.server.identity.StaffPrincipal;
import org.vaka.server.receiver.ReceiverStats;
import org.vaka.server.signals.LiveSignals;
import org.vaka.server.signals.StoredSignal;

/**
 * Server-Sent Events for the console: once a second, the latest signals of the viewer's tenant and the
 * receiver's counters. A snapshot a second, not an event per signal, so a screen stays readable — and
 * the server calm — at 40,000 signals a second.
 */
@RestController
class LiveSignalStream {

    private static final int SHOWN = 30;

    private final LiveSignals live;
    private final ReceiverStats stats;
    private final List<Viewer> viewers = new CopyOnWriteArrayList<>();
    /** ACKs per second over the last scheduled second; measured here so every viewer sees the same. */
    private volatile long ratePerSecond;
    private long lastAcked;
    private long lastAt;

    LiveSignalStream(LiveSignals live, ReceiverStats stats) {
        this.live = live;
        this.stats = stats;
    }

    @GetMapping(path = "/console/signals/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@AuthenticationPrincipal StaffPrincipal me) {
        SseEmitter emitter = new SseEmitter(Duration.ofMinutes(30).toMillis());
        Viewer viewer = new Viewer(me.tenantId(), emitter);
        viewers.add(viewer);
        emitter.onCompletion(() -> viewers.remove(viewer));
        emitter.onTimeout(() -> viewers.remove(viewer));
        emitter.onError(e -> viewers.remove(viewer));
        push(viewer);
        return emitter;
    }

    @Scheduled(fixedRate = 1000)
    void pushAll() {
        long now = System.nanoTime();
        long acked = stats.snapshot().acked();
        if (lastAt != 0) {
            ratePerSecond = Math.round((acked - lastAcked) * 1e9 / (now - lastAt));
        }
        lastAcked = acked;
        lastAt = now;
        viewers.forEach(this::push);
    }

    /** Open streams never end by themselves; without this a graceful shutdown waits for them in vain. */
    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        viewers.forEach(viewer -> viewer.emitter().complete());
        viewers.clear();
    }

    private void push(Viewer viewer) {
        List<StoredSignal> latest = live.latest(viewer.tenantId(), SHOWN);
        Map<String, Object> snapshot = Map.of(
                "stats", stats.snapshot(),
                "rate", ratePerSecond,
                "stored", live.storedSinceStart(),
                "duplicates", live.duplicatesSinceStart(),
                "signals", latest);
        try {
            viewer.emitter().send(SseEmitter.event().name("snapshot").data(snapshot, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException e) {
            viewers.remove(viewer);
        }
    }

    private record Viewer(long tenantId, SseEmitter emitter) {
    }
}
