package org.vaka.server.receiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vaka.server.TestDatabases;

/** A connection that says nothing is closed after the idle timeout, so idle sockets cannot pile up. */
@SpringBootTest
class IdleConnectionTest {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        TestDatabases.freshServerOnH2(registry);
        registry.add("vaka.receiver.idle-timeout", () -> "1s");
    }

    @Autowired Dc09Receiver receiver;
    @Autowired ReceiverStats stats;

    @Test
    void idleConnectionIsClosedAndOthersAreStillServed() throws Exception {
        try (TestPanel idle = new TestPanel(receiver.port())) {
            idle.sendRaw(new byte[] {'\n', 'F', '4'}); // half a frame, then silence
            await().atMost(Duration.ofSeconds(10)).until(idle::closedByReceiver);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> stats.snapshot().openConnections() == 0);
        try (TestPanel panel = new TestPanel(receiver.port())) {
            byte[] frame = TestPanel.frame("NULL", 0, "1234", "", null, java.time.Instant.now());
            assertThat(new String(panel.send(frame), java.nio.charset.StandardCharsets.ISO_8859_1)).contains("\"ACK\"");
        }
    }
}
