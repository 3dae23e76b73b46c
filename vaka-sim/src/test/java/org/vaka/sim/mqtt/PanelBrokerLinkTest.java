package org.vaka.sim.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import io.netty.channel.EventLoopGroup;
import io.netty.handler.codec.mqtt.MqttConnectReturnCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vaka.protocol.mqtt.PanelCommandResult;
import org.vaka.protocol.mqtt.PanelStatus;
import org.vaka.protocol.mqtt.PanelTopics;
import tools.jackson.databind.json.JsonMapper;

/** The panel's side of the MQTT contract, against a broker that shows every packet. */
class PanelBrokerLinkTest {

    private static final String ACCOUNT = "1234";
    private static final PanelTopics TOPICS = PanelTopics.of(ACCOUNT);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static EventLoopGroup group;

    private final TestPanel panel = new TestPanel();
    private final RecordingObserver observer = new RecordingObserver();
    private final Backoff quick = new Backoff(Duration.ofMillis(100), Duration.ofMillis(400), 0);
    private FakeBroker broker;
    private PanelBrokerLink link;

    @BeforeAll
    static void threads() {
        group = BrokerLinkThreads.create(1, "test-mqtt");
    }

    @AfterAll
    static void stopThreads() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
    }

    @BeforeEach
    void broker() throws InterruptedException {
        broker = new FakeBroker();
        link = new PanelBrokerLink(group, broker.address(), ACCOUNT, "s3cret-pw", panel, observer, quick);
    }

    @AfterEach
    void stop() throws Exception {
        link.close().get(5, TimeUnit.SECONDS);
        broker.close();
    }

    private void connected() throws Exception {
        link.start();
        link.ready().get(5, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(5)).until(() -> !broker.published(TOPICS.temperature(2)).isEmpty());
    }

    private PanelCommandResult resultNumber(int n) {
        await().atMost(Duration.ofSeconds(5)).until(() -> broker.published(TOPICS.result()).size() >= n);
        return JSON.readValue(broker.published(TOPICS.result()).get(n - 1).payload(), PanelCommandResult.class);
    }

    private PanelStatus lastStatus() {
        List<FakeBroker.Packet> statuses = broker.published(TOPICS.status());
        return JSON.readValue(statuses.getLast().payload(), PanelStatus.class);
    }

    @Test
    void aSessionThatNeverEchoesThePanelsOwnOnlineIsDroppedAndTriedAgain() throws Exception {
        // The fake broker routes nothing back, like a broker whose session acknowledged the connect and then broke.
        connected();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
                .until(() -> broker.connects.size() >= 2);
    }

    @Test
    void logsInAsThePanelWithItsWillThenSubscribesAnnouncesItselfAndPublishesItsState() throws Exception {
        connected();

        FakeBroker.Connect connect = broker.connects.peek();
        assertThat(connect.clientId()).isEqualTo("panel-1234");
        assertThat(connect.username()).isEqualTo("1234");
        assertThat(connect.password()).isEqualTo("s3cret-pw");
        assertThat(connect.cleanSession()).isTrue();
        assertThat(connect.keepAlive()).isEqualTo(30);
        assertThat(connect.willTopic()).isEqualTo("vaka/panels/1234/availability");
        assertThat(connect.willMessage()).isEqualTo("offline");
        assertThat(connect.willRetain()).isTrue();
        assertThat(connect.willQos()).isEqualTo(1);

        assertThat(broker.packets).extracting(FakeBroker.Packet::type, FakeBroker.Packet::topic,
                        FakeBroker.Packet::payload, FakeBroker.Packet::retained)
                .startsWith(
                        org.assertj.core.groups.Tuple.tuple("CONNECT", null, null, false),
                        org.assertj.core.groups.Tuple.tuple("SUBSCRIBE", "vaka/panels/1234/command", null, false),
                        org.assertj.core.groups.Tuple.tuple("SUBSCRIBE", "vaka/panels/1234/availability", null, false),
                        org.assertj.core.groups.Tuple.tuple("PUBLISH", "vaka/panels/1234/availability", "online", true));
        assertThat(broker.published(TOPICS.status())).singleElement().extracting(FakeBroker.Packet::retained)
                .isEqualTo(true);
        assertThat(lastStatus().arming()).isEqualTo("disarmed");
        assertThat(broker.published(TOPICS.alarmState())).extracting(FakeBroker.Packet::payload)
                .containsExactly("disarmed");
        assertThat(broker.published(TOPICS.plugState("p1"))).extracting(FakeBroker.Packet::payload)
                .containsExactly("OFF");
        assertThat(broker.published(TOPICS.lockState("front"))).extracting(FakeBroker.Packet::payload)
                .containsExactly("LOCKED");
        assertThat(broker.published(TOPICS.temperature(2))).extracting(FakeBroker.Packet::payload, FakeBroker.Packet::retained)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("21.0", true));
        assertThat(link.isReady()).isTrue();
        assertThat(observer.started).containsExactly("panel-1234");
    }

    @Test
    void answersACommandAfterPublishingTheStateItProduced() throws Exception {
        connected();

        broker.deliver(TOPICS.command(), "{\"id\":\"c1\",\"type\":\"PLUG_ON\",\"target\":\"p1\"}", false);

        assertThat(resultNumber(1)).isEqualTo(PanelCommandResult.done("c1"));
        List<String> order = broker.packets.stream().map(p -> p.type() + " " + p.topic()).toList();
        assertThat(order.lastIndexOf("PUBLISH " + TOPICS.status())).isLessThan(order.indexOf("PUBLISH " + TOPICS.result()));
        assertThat(lastStatus().plugs()).containsExactly(new PanelStatus.Plug("p1", "Coffee maker", true));
        assertThat(broker.published(TOPICS.plugState("p1"))).extracting(FakeBroker.Packet::payload)
                .containsExactly("OFF", "ON");
        assertThat(broker.published(TOPICS.result()).getFirst().retained()).isFalse();
        // nothing else changed, so nothing else was sent again
        assertThat(broker.published(TOPICS.alarmState())).hasSize(1);
    }

    @Test
    void aRefusalChangesNothingAndIsAnsweredWithoutANewStatus() throws Exception {
        connected();

        broker.deliver(TOPICS.command(), "{\"id\":\"c2\",\"type\":\"DISARM\",\"code\":\"" + TestPanel.CODE + "\"}", false);

        PanelCommandResult result = resultNumber(1);
        assertThat(result.id()).isEqualTo("c2");
        assertThat(result.refusal()).isEqualTo("NOT_ALLOWED");
        assertThat(broker.published(TOPICS.status())).hasSize(1);
    }

    @Test
    void anUnreadableCommandIsRefusedAsInvalidAndTheLinkCarriesOn() throws Exception {
        connected();

        broker.deliver(TOPICS.command(), "arm it please", false);
        PanelCommandResult unreadable = resultNumber(1);
        broker.deliver(TOPICS.command(), "{\"id\":\"c3\",\"type\":\"LOCK\",\"target\":\"front\"}", false);

        assertThat(unreadable.id()).isNull();
        assertThat(unreadable.ok()).isFalse();
        assertThat(unreadable.refusal()).isEqualTo("INVALID_COMMAND");
        assertThat(resultNumber(2)).isEqualTo(PanelCommandResult.done("c3"));
        assertThat(broker.connects).hasSize(1);
    }

    @Test
    void aPanelThatFailsStillAnswers() throws Exception {
        connected();
        panel.failure = new IllegalStateException("boom");

        broker.deliver(TOPICS.command(), "{\"id\":\"c4\",\"type\":\"ARM_AWAY\",\"code\":\"123456\"}", false);

        PanelCommandResult result = resultNumber(1);
        assertThat(result.id()).isEqualTo("c4");
        assertThat(result.refusal()).isEqualTo("INVALID_COMMAND");
    }

    @Test
    void aRetainedCommandIsStaleAndNeverCarriedOut() throws Exception {
        connected();

        broker.deliver(TOPICS.command(), "{\"id\":\"old\",\"type\":\"UNLOCK\",\"target\":\"front\",\"code\":\"123456\"}",
                true);
        broker.deliver(TOPICS.command(), "{\"id\":\"new\",\"type\":\"PLUG_ON\",\"target\":\"p1\"}", false);

        assertThat(resultNumber(1).id()).isEqualTo("new");
        assertThat(broker.published(TOPICS.result())).hasSize(1);
        assertThat(panel.devices.lock("front").orElseThrow().isLocked()).isTrue();
    }

    @Test
    void republishesTheStatusOnlyWhenSomethingChanged() throws Exception {
        connected();

        link.statusMayHaveChanged(); // only the time moved on
        panel.change(() -> panel.panel.openZone(1));
        link.statusMayHaveChanged();

        await().atMost(Duration.ofSeconds(5)).until(() -> broker.published(TOPICS.status()).size() == 2);
        assertThat(lastStatus().openZones()).containsExactly(new PanelStatus.OpenZone(1, "Front door"));
        assertThat(broker.published(TOPICS.alarmState())).hasSize(1);
    }

    @Test
    void aRefusedLoginIsReportedWithItsReturnCodeAndRetriedWithGrowingPauses() {
        broker.answer = MqttConnectReturnCode.CONNECTION_REFUSED_BAD_USER_NAME_OR_PASSWORD;

        link.start();
        Throwable failure = catchThrowable(() -> link.ready().get(5, TimeUnit.SECONDS));

        assertThat(failure).isInstanceOf(ExecutionException.class).cause().isInstanceOf(BrokerRefusedException.class)
                .hasMessageContaining("panel-1234").hasMessageContaining("bad user name or password")
                .hasMessageContaining("return code 4").hasMessageNotContaining("s3cret-pw");
        assertThat(((BrokerRefusedException) failure.getCause()).returnCode())
                .contains(MqttConnectReturnCode.CONNECTION_REFUSED_BAD_USER_NAME_OR_PASSWORD);
        await().atMost(Duration.ofSeconds(5)).until(() -> broker.connects.size() >= 3);
        List<Long> at = broker.connects.stream().map(FakeBroker.Connect::atNanos).toList();
        assertThat(Duration.ofNanos(at.get(1) - at.get(0))).isGreaterThanOrEqualTo(Duration.ofMillis(90));
        assertThat(Duration.ofNanos(at.get(2) - at.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(190));
        assertThat(observer.refusals).hasSizeGreaterThanOrEqualTo(3);
        assertThat(observer.unreachable).isEmpty();
        assertThat(link.isReady()).isFalse();
    }

    @Test
    void comesBackAfterTheBrokerDropsIt() throws Exception {
        connected();

        broker.dropClients();

        await().atMost(Duration.ofSeconds(5)).until(() -> broker.connects.size() == 2 && link.isReady());
        link.ready().get(5, TimeUnit.SECONDS);
        assertThat(observer.endedBecause).hasSize(1);
        assertThat(observer.started).hasSize(2);
        // the new session republishes everything
        await().atMost(Duration.ofSeconds(5)).until(() -> broker.published(TOPICS.status()).size() == 2);
    }

    @Test
    void withNoPathLeftTheLineDropsWithoutGoodbyeAndReturnsWithAPath() throws Exception {
        connected();

        link.reachable(false);

        await().atMost(Duration.ofSeconds(5)).until(() -> broker.connectedClients() == 0);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> broker.connects.size() == 1);
        assertThat(broker.types()).doesNotContain("DISCONNECT");
        assertThat(broker.published(TOPICS.availability())).extracting(FakeBroker.Packet::payload).containsExactly("online");
        assertThat(observer.endedByOwner).hasSize(1);
        assertThat(link.isReady()).isFalse();

        link.reachable(true);

        await().atMost(Duration.ofSeconds(5)).until(() -> broker.connects.size() == 2 && link.isReady());
    }

    @Test
    void closingSaysOfflineThenDisconnectsAndStaysAway() throws Exception {
        connected();

        link.close().get(5, TimeUnit.SECONDS);

        await().atMost(Duration.ofSeconds(5)).until(() -> broker.types().contains("DISCONNECT"));
        assertThat(broker.published(TOPICS.availability())).extracting(FakeBroker.Packet::payload, FakeBroker.Packet::retained)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("online", true),
                        org.assertj.core.groups.Tuple.tuple("offline", true));
        assertThat(broker.types().getLast()).isEqualTo("DISCONNECT");
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> broker.connects.size() == 1);
    }

    @Test
    void canPublishAnywhereForTestsOfTheBrokersRules() throws Exception {
        connected();

        link.publish("vaka/panels/9999/status", "{}".getBytes(StandardCharsets.UTF_8), true).get(5, TimeUnit.SECONDS);

        assertThat(broker.published("vaka/panels/9999/status")).extracting(FakeBroker.Packet::payload).containsExactly("{}");
    }

    @Test
    void publishingWithoutASessionFailsAtOnce() {
        Throwable failure = catchThrowable(() -> link.publish("vaka/panels/1234/x", new byte[0], false)
                .get(5, TimeUnit.SECONDS));

        assertThat(failure).isInstanceOf(ExecutionException.class).cause().isInstanceOf(IOException.class)
                .hasMessageContaining("not connected");
    }

    @Test
    void aBrokerThatIsNotThereIsReportedAndTriedAgain() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        PanelBrokerLink nowhere = new PanelBrokerLink(group, new BrokerAddress("127.0.0.1", port), ACCOUNT, "pw",
                panel, observer, quick);
        try {
            nowhere.start();

            await().atMost(Duration.ofSeconds(5)).until(() -> observer.unreachable.size() >= 2);
            assertThat(nowhere.ready()).isNotDone();
            assertThat(observer.started).isEmpty();
        } finally {
            nowhere.close().get(5, TimeUnit.SECONDS);
        }
    }
}
