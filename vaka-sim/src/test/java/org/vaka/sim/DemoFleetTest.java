package org.vaka.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;
import org.vaka.protocol.dc09.Dc09Message;
import org.vaka.sim.fleet.DemoPanel;

/** A demo house reports over real DC-09 to a receiver on loopback: link tests and its own events. */
class DemoFleetTest {

    @Test
    void demoHouseReportsItsEventsAndLinkTests() throws Exception {
        try (FakeReceiver receiver = FakeReceiver.tcp(FakeReceiver.Mode.ACK, null)) {
            DemoPanel house = new DemoPanel("1234", null, "127.0.0.1", receiver.port(), Clock.systemUTC(),
                    RandomGenerator.of("L64X128MixRandom"));
            Thread sender = Thread.ofVirtual().start(house::sendForever);
            try {
                house.linkTest();
                house.periodicTest();
                await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received.size() >= 2);
                assertThat(receiver.received).extracting(m -> m.frame().token()).containsExactly("NULL", "SIA-DCS");
                Dc09Message test = receiver.received.stream().filter(m -> !m.isLinkTest()).findFirst().orElseThrow();
                assertThat(test.data()).startsWith("#1234|").contains("RP");
                assertThat(test.extended("J".charAt(0))).contains("ETH");
                for (int i = 0; i < 200; i++) {
                    house.live(); // a long ordinary day must never throw
                }
            } finally {
                sender.interrupt();
            }
        }
    }

    @Test
    void aScenarioPlaysOnAHouseInOrderAndItsReportsGoOut() throws Exception {
        try (FakeReceiver receiver = FakeReceiver.tcp(FakeReceiver.Mode.ACK, null)) {
            DemoPanel house = new DemoPanel("1234", null, "127.0.0.1", receiver.port(), Clock.systemUTC(),
                    RandomGenerator.of("L64X128MixRandom"));
            Thread sender = Thread.ofVirtual().start(house::sendForever);
            try {
                java.util.List<String> told = new java.util.concurrent.CopyOnWriteArrayList<>();
                house.play(org.vaka.sim.panel.ScenarioScript.parse("jam\nwait 1ms\nperiodic test\nunjam"), told::add);
                assertThat(told).containsExactly("jam", "wait 1ms", "periodic test", "unjam");
                await().atMost(Duration.ofSeconds(10)).until(house::allReported);
                assertThat(receiver.received).extracting(m -> m.data().replaceAll(".*/", ""))
                        .containsExactly("XQ00", "RP0000", "XH00");
            } finally {
                sender.interrupt();
            }
        }
    }
}
