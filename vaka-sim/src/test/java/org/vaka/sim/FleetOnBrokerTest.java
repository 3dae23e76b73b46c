package org.vaka.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import io.netty.channel.EventLoopGroup;
import org.junit.jupiter.api.Test;
import org.vaka.protocol.mqtt.PanelCommandResult;
import org.vaka.protocol.mqtt.PanelTopics;
import org.vaka.sim.fleet.Fleet;
import org.vaka.sim.fleet.FleetPanel;
import org.vaka.sim.fleet.FleetPlan;
import org.vaka.sim.mqtt.Backoff;
import org.vaka.sim.mqtt.BrokerAddress;
import org.vaka.sim.mqtt.BrokerConnection;
import org.vaka.sim.mqtt.BrokerLinkThreads;
import org.vaka.sim.mqtt.BrokerLogin;
import org.vaka.sim.mqtt.LinkObserver;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small fleet on the system Mosquitto (127.0.0.1:1883) and a DC-09 receiver on loopback: every house gets on the
 * broker, reports, and answers a command sent to it.
 */
class FleetOnBrokerTest {

    private static final BrokerAddress MOSQUITTO = new BrokerAddress("127.0.0.1", 1883);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int HOUSES = 20;

    private static boolean mosquittoAnswers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(MOSQUITTO.host(), MOSQUITTO.port()), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void everyHouseGetsOnTheBrokerReportsAndTakesCommands() throws Exception {
        assumeTrue(mosquittoAnswers(), "nothing answers on 127.0.0.1:1883 (the system Mosquitto): "
                + "skipping the fleet on a real broker");
        long first = 7_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L); // a range of this run's own
        List<FleetPanel> panels = new ArrayList<>();
        for (int i = 0; i < HOUSES; i++) {
            panels.add(new FleetPanel(Long.toString(first + i), null, "pw"));
        }
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        EventLoopGroup centreThreads = BrokerLinkThreads.create(1, "fleet-test-centre");
        Queue<String> results = new ConcurrentLinkedQueue<>();
        PanelTopics target = PanelTopics.of(panels.get(7).account());
        BrokerConnection centre = new BrokerConnection(centreThreads, MOSQUITTO,
                new BrokerLogin("vaka-test-fleet-" + first, null, null), null, List.of(target.result()),
                (topic, payload, retained) -> results.add(new String(payload, StandardCharsets.UTF_8)),
                LinkObserver.NONE, Backoff.standard());
        try (FakeReceiver receiver = FakeReceiver.tcp(FakeReceiver.Mode.ACK, null)) {
            Fleet fleet = Fleet.start(new FleetPlan(panels, "127.0.0.1", receiver.port(), MOSQUITTO, false,
                    Duration.ofMillis(200)), Clock.systemUTC(), 42, "test fleet", new PrintStream(log, true));
            try {
                await().atMost(Duration.ofSeconds(15)).until(() -> fleet.mqttConnected() == HOUSES);
                assertThat(log.toString()).contains("all 20 panels connected to the MQTT broker");

                centre.start();
                centre.ready().get(10, TimeUnit.SECONDS);
                centre.publish(target.command(), "{\"id\":\"f-1\",\"type\":\"PLUG_ON\",\"target\":\"p1\"}"
                        .getBytes(StandardCharsets.UTF_8), false).get(5, TimeUnit.SECONDS);

                await().atMost(Duration.ofSeconds(10)).until(() -> !results.isEmpty());
                assertThat(JSON.readValue(results.peek(), PanelCommandResult.class))
                        .isEqualTo(PanelCommandResult.done("f-1"));
                assertThat(fleet.counters().commandsHandled()).isEqualTo(1);
                await().atMost(Duration.ofSeconds(10)).until(() -> fleet.counters().reportsAcked() >= 1);
                await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received.stream()
                        .filter(m -> m.isLinkTest()).count() >= HOUSES);
            } finally {
                fleet.close();
            }
        } finally {
            clearRetained(centre, panels);
            centre.close().get(5, TimeUnit.SECONDS);
            centreThreads.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
        }
    }

    private static void clearRetained(BrokerConnection centre, List<FleetPanel> panels) throws Exception {
        if (!centre.isUp()) {
            return;
        }
        for (FleetPanel panel : panels) {
            PanelTopics t = PanelTopics.of(panel.account());
            for (String topic : List.of(t.availability(), t.status(), t.alarmState(), t.plugState("p1"),
                    t.plugState("p2"), t.lockState("front"), t.temperature(3))) {
                centre.publish(topic, new byte[0], true).get(5, TimeUnit.SECONDS);
            }
        }
    }
}
