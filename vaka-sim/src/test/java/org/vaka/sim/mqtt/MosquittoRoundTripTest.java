package org.vaka.sim.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import io.netty.channel.EventLoopGroup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vaka.protocol.mqtt.PanelCommandResult;
import org.vaka.protocol.mqtt.PanelStatus;
import org.vaka.protocol.mqtt.PanelTopics;
import tools.jackson.databind.json.JsonMapper;

/**
 * A command's round trip through a real broker: the system Mosquitto on 127.0.0.1:1883 (anonymous there). A
 * second client plays the receiving centre. Each run uses an account of its own, so retained messages of earlier
 * runs cannot interfere, and clears the retained messages it made.
 */
class MosquittoRoundTripTest {

    private static final BrokerAddress MOSQUITTO = new BrokerAddress("127.0.0.1", 1883);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static EventLoopGroup group;

    private record Message(String topic, String payload, boolean retained) {
    }

    @BeforeAll
    static void threads() {
        group = BrokerLinkThreads.create(1, "mosquitto-test");
    }

    @AfterAll
    static void stopThreads() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
    }

    private static boolean mosquittoAnswers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(MOSQUITTO.host(), MOSQUITTO.port()), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The receiving centre's side: reads the panel's whole subtree. */
    private static BrokerConnection centre(String name, PanelTopics topics, Queue<Message> received) {
        return new BrokerConnection(group, MOSQUITTO, new BrokerLogin(name, null, null), null, List.of(topics.all()),
                (topic, payload, retained) -> received.add(new Message(topic, new String(payload, StandardCharsets.UTF_8),
                        retained)),
                LinkObserver.NONE, Backoff.standard());
    }

    private static List<Message> on(Queue<Message> received, String topic) {
        return received.stream().filter(m -> m.topic().equals(topic)).toList();
    }

    @Test
    void aCommandGoesToThePanelAndItsAnswerAndRetainedStateComeBack() throws Exception {
        assumeTrue(mosquittoAnswers(), "nothing answers on 127.0.0.1:1883 (the system Mosquitto): "
                + "skipping the round trip through a real broker");
        String account = "7E57" + HexFormat.of().withUpperCase().toHexDigits(ThreadLocalRandom.current().nextInt());
        PanelTopics topics = PanelTopics.of(account);
        TestPanel panel = new TestPanel();
        PanelBrokerLink link = new PanelBrokerLink(group, MOSQUITTO, account, "any", panel, LinkObserver.NONE);
        Queue<Message> received = new ConcurrentLinkedQueue<>();
        Queue<Message> late = new ConcurrentLinkedQueue<>();
        BrokerConnection centre = centre("vaka-test-centre-" + account, topics, received);
        BrokerConnection newcomer = centre("vaka-test-newcomer-" + account, topics, late);
        try {
            link.start();
            link.ready().get(10, TimeUnit.SECONDS);
            centre.start();
            centre.ready().get(10, TimeUnit.SECONDS);

            // whoever subscribes after the panel finds its state retained
            await().atMost(Duration.ofSeconds(10)).until(() -> !on(received, topics.status()).isEmpty()
                    && !on(received, topics.availability()).isEmpty());
            assertThat(on(received, topics.availability()).getFirst()).isEqualTo(new Message(topics.availability(),
                    "online", true));
            assertThat(on(received, topics.status()).getFirst().retained()).isTrue();

            centre.publish(topics.command(), ("{\"id\":\"rt-1\",\"type\":\"UNLOCK\",\"target\":\"front\",\"code\":\""
                    + TestPanel.CODE + "\"}").getBytes(StandardCharsets.UTF_8), false).get(5, TimeUnit.SECONDS);

            await().atMost(Duration.ofSeconds(10)).until(() -> !on(received, topics.result()).isEmpty());
            Message result = on(received, topics.result()).getFirst();
            assertThat(JSON.readValue(result.payload(), PanelCommandResult.class)).isEqualTo(PanelCommandResult.done("rt-1"));
            assertThat(result.retained()).isFalse();
            List<Message> inOrder = List.copyOf(received);
            Message statusBefore = inOrder.subList(0, inOrder.indexOf(result)).reversed().stream()
                    .filter(m -> m.topic().equals(topics.status())).findFirst().orElseThrow();
            assertThat(JSON.readValue(statusBefore.payload(), PanelStatus.class).locks())
                    .containsExactly(new PanelStatus.Lock("front", "Front door", "UNLOCKED"));
            await().atMost(Duration.ofSeconds(5)).until(() -> on(received, topics.lockState("front")).stream()
                    .anyMatch(m -> m.payload().equals("UNLOCKED")));

            newcomer.start();
            newcomer.ready().get(10, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(10)).until(() -> !on(late, topics.status()).isEmpty());
            assertThat(JSON.readValue(on(late, topics.status()).getFirst().payload(), PanelStatus.class).locks())
                    .extracting(PanelStatus.Lock::state).containsExactly("UNLOCKED");
            assertThat(on(late, topics.result())).isEmpty(); // results are not retained

            link.close().get(5, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(10)).until(() -> on(received, topics.availability()).stream()
                    .anyMatch(m -> m.payload().equals("offline")));
        } finally {
            link.close().get(5, TimeUnit.SECONDS);
            clearRetained(centre, topics);
            newcomer.close().get(5, TimeUnit.SECONDS);
            centre.close().get(5, TimeUnit.SECONDS);
        }
    }

    /** An empty retained message deletes the retained one; Mosquitto keeps them on disk otherwise. */
    private static void clearRetained(BrokerConnection centre, PanelTopics topics) throws Exception {
        if (!centre.isUp()) {
            return;
        }
        for (String topic : List.of(topics.availability(), topics.status(), topics.alarmState(), topics.plugState("p1"),
                topics.lockState("front"), topics.temperature(2))) {
            centre.publish(topic, new byte[0], true).get(5, TimeUnit.SECONDS);
        }
    }
}
