package org.vaka.server.portal.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.vaka.server.identity.CustomerPrincipal;
import org.vaka.server.portal.CustomerFeed;

/**
 * The notifications feed as a page that keeps itself current: an open page is told "changed" over server-sent
 * events when its customer's feed would look different, and fetches itself again. The change is seen in the
 * database, so it works with several server nodes; each viewer's feed is read once a round.
 */
@Controller
class NotificationsPage {

    static final int SHOWN = 50;

    private final CustomerFeed feed;
    private final List<Viewer> viewers = new CopyOnWriteArrayList<>();

    NotificationsPage(CustomerFeed feed) {
        this.feed = feed;
    }

    @GetMapping("/portal/notifications")
    String page(@AuthenticationPrincipal CustomerPrincipal me, Model model) {
        model.addAttribute("me", me);
        model.addAttribute("items", feed.of(me, SHOWN));
        return "portal/notifications";
    }

    @GetMapping(path = "/portal/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter stream(@AuthenticationPrincipal CustomerPrincipal me) {
        SseEmitter emitter = new SseEmitter(Duration.ofMinutes(30).toMillis());
        Viewer viewer = new Viewer(me, emitter, feed.signature(me));
        viewers.add(viewer);
        emitter.onCompletion(() -> viewers.remove(viewer));
        emitter.onTimeout(() -> viewers.remove(viewer));
        emitter.onError(e -> viewers.remove(viewer));
        return emitter;
    }

    @Scheduled(fixedDelayString = "${vaka.portal.feed-push-ms:2000}")
    void pushChanges() {
        // A household with several pages open reads its feed once a round.
        java.util.Map<java.util.List<Long>, Integer> round = new java.util.HashMap<>();
        for (Viewer viewer : viewers) {
            int now = round.computeIfAbsent(java.util.List.of(viewer.me.tenantId(), viewer.me.customerId()),
                    key -> feed.signature(viewer.me));
            if (now != viewer.seen) {
                try {
                    viewer.emitter.send(SseEmitter.event().name("changed").data(Integer.toHexString(now)));
                    viewer.seen = now;
                } catch (IOException | IllegalStateException e) {
                    viewers.remove(viewer);
                }
            }
        }
    }

    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        viewers.forEach(viewer -> viewer.emitter.complete());
        viewers.clear();
    }

    private static final class Viewer {
        private final CustomerPrincipal me;
        private final SseEmitter emitter;
        private volatile int seen;

        Viewer(CustomerPrincipal me, SseEmitter emitter, int seen) {
            this.me = me;
            this.emitter = emitter;
            this.seen = seen;
        }
    }
}
