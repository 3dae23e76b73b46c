package org.vaka.server.console;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.vaka.server.alarms.AlarmQueue;
import org.vaka.server.alarms.AlarmView;
import org.vaka.server.identity.StaffPrincipal;

/**
 * Pushes "the queue changed" to every open queue page of the tenant, within half a second of the change, so a new
 * alarm shows (and a fire sounds) without waiting for a poll. The queue is read once per tenant per round, however
 * many operators watch; the page then fetches the server-rendered queue as before. Works the same with several
 * nodes, since the change is seen in the database, not in one node's memory.
 */
@RestController
class AlarmQueueStream {

    private final AlarmQueue alarms;
    private final List<Viewer> viewers = new CopyOnWriteArrayList<>();

    AlarmQueueStream(AlarmQueue alarms) {
        this.alarms = alarms;
    }

    @GetMapping(path = "/console/alarms/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@AuthenticationPrincipal StaffPrincipal me) {
        SseEmitter emitter = new SseEmitter(Duration.ofMinutes(30).toMillis());
        Viewer viewer = new Viewer(me.tenantId(), emitter);
        viewers.add(viewer);
        emitter.onCompletion(() -> viewers.remove(viewer));
        emitter.onTimeout(() -> viewers.remove(viewer));
        emitter.onError(e -> viewers.remove(viewer));
        send(viewer, signature(me.tenantId()));
        return emitter;
    }

    @Scheduled(fixedDelayString = "${vaka.console.queue-push-ms:500}")
    void pushChanges() {
        Map<Long, Integer> now = new HashMap<>();
        for (Viewer viewer : viewers) {
            int signature = now.computeIfAbsent(viewer.tenantId(), this::signature);
            if (viewer.behind(signature)) {
                send(viewer, signature);
            }
        }
    }

    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        viewers.forEach(viewer -> viewer.emitter().complete());
        viewers.clear();
    }

    /** What an operator would see change: how many alarms, and of those shown which, their state, signals, who has them. */
    private int signature(long tenantId) {
        int hash = alarms.queueLength(tenantId);
        for (AlarmView a : alarms.queue(tenantId, AlarmsPage.SHOWN)) {
            hash = 31 * hash + Objects.hash(a.id(), a.status(), a.signalCount(), a.takenBy(), a.restored());
        }
        return hash;
    }

    private void send(Viewer viewer, int signature) {
        try {
            viewer.emitter().send(SseEmitter.event().name("queue").data(Integer.toHexString(signature)));
            viewer.sent = signature;
        } catch (IOException | IllegalStateException e) {
            viewers.remove(viewer);
        }
    }

    private static final class Viewer {
        private final long tenantId;
        private final SseEmitter emitter;
        private volatile Integer sent;

        Viewer(long tenantId, SseEmitter emitter) {
            this.tenantId = tenantId;
            this.emitter = emitter;
        }

        long tenantId() {
            return tenantId;
        }

        SseEmitter emitter() {
            return emitter;
        }

        boolean behind(int signature) {
            return sent == null || sent != signature;
        }
    }
}
