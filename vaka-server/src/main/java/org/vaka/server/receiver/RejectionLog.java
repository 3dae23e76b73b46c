package org.vaka.server.receiver;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.vaka.protocol.dc09.Rejection;

/**
 * Logs refused frames so an installer can see why a panel is not getting through, without letting a
 * flood of garbage flood the log: at most {@value #PER_SECOND} lines a second, then a count of the rest.
 * Never logs keys or decrypted content.
 */
@Component
class RejectionLog {

    private static final Logger log = LoggerFactory.getLogger("org.vaka.server.receiver.rejections");
    private static final int PER_SECOND = 20;

    private final AtomicLong second = new AtomicLong();
    private final AtomicInteger used = new AtomicInteger();
    private final AtomicInteger suppressed = new AtomicInteger();

    void log(Rejection rejection, String why, String account, String remote, String answer) {
        long now = System.currentTimeMillis() / 1000;
        long current = second.get();
        if (now != current && second.compareAndSet(current, now)) {
            used.set(0);
            int dropped = suppressed.getAndSet(0);
            if (dropped > 0) {
                log.warn("{} more rejections not logged in the last second", dropped);
            }
        }
        if (used.incrementAndGet() > PER_SECOND) {
            suppressed.incrementAndGet();
            return;
        }
        log.warn("refused frame from {} (account {}): {} -> {}, answered {}", remote, account == null ? "?" : account,
                why, rejection == null ? "UNAVAILABLE" : rejection, answer);
    }
}
