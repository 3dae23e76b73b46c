package org.vaka.server.devices;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.vaka.protocol.mqtt.PanelCommand;
import org.vaka.protocol.mqtt.PanelCommandResult;
import org.vaka.protocol.mqtt.PanelStatus;
import org.vaka.protocol.mqtt.PanelTopics;
import tools.jackson.databind.json.JsonMapper;

/**
 * A panel reduced to a script, on a real MQTT connection: it logs in as its account, answers each command with
 * whatever the test says (or not at all), and publishes whatever status the test hands it. For what the server
 * must do whatever a panel says; the real virtual panel is tested end to end elsewhere.
 */
final class ScriptedPanel implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MqttClient client;
    private final MqttConnectOptions options;
    private final PanelTopics topics;
    final List<PanelCommand> received = new CopyOnWriteArrayList<>();
    private volatile Function<PanelCommand, PanelCommandResult> answer = c -> null;

    ScriptedPanel(String brokerUrl, String account, String password) throws MqttException {
        this.topics = PanelTopics.of(account);
        this.client = new MqttClient(brokerUrl, "scripted-" + account + "-" + System.nanoTime(), new MemoryPersistence());
        this.options = new MqttConnectOptions();
        options.setUserName(account);
        options.setPassword(password.toCharArray());
        options.setCleanSession(true);
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1); // no silent retry as 3.1 after a refusal
        options.setWill(topics.availability(), PanelTopics.OFFLINE.getBytes(StandardCharsets.UTF_8), 1, true);
        client.setTimeToWait(5000); // a broker that swallows a publish must fail the test, not hang it
        client.connect(options);
    }

    /**
     * Subscribes and says online. Moquette now and then drops a session it has just acknowledged (under load, when
     * other sessions churn — see docs/BENCHMARKS.md); a real panel reconnects, and so does this one, once.
     */
    ScriptedPanel online() throws MqttException {
        try {
            return goOnline();
        } catch (MqttException e) {
            if (e.getReasonCode() != MqttException.REASON_CODE_CONNECTION_LOST && client.isConnected()) {
                throw e;
            }
            if (!client.isConnected()) {
                client.connect(options);
            }
            return goOnline();
        }
    }

    private ScriptedPanel goOnline() throws MqttException {
        client.subscribe(topics.command(), 1, (topic, message) -> {
            PanelCommand command = JSON.readValue(message.getPayload(), PanelCommand.class);
            received.add(command);
            PanelCommandResult result = answer.apply(command);
            if (result != null) {
                client.publish(topics.result(), JSON.writeValueAsBytes(result), 1, false);
            }
        });
        publish(topics.availability(), PanelTopics.ONLINE, true);
        return this;
    }

    ScriptedPanel answering(Function<PanelCommand, PanelCommandResult> answer) {
        this.answer = answer;
        return this;
    }

    void status(PanelStatus status) throws MqttException {
        client.publish(topics.status(), JSON.writeValueAsBytes(status), 1, true);
    }

    void publish(String topic, String payload, boolean retained) throws MqttException {
        client.publish(topic, payload.getBytes(StandardCharsets.UTF_8), 1, retained);
    }

    /**
     * Publishes where this panel may not. QoS 0: MQTT 3.1.1 has no way to refuse a publish, and brokers differ in
     * what they do instead (Mosquitto acknowledges and drops, Moquette drops without an acknowledgement).
     */
    void forge(String topic, String payload) throws MqttException {
        client.publish(topic, payload.getBytes(StandardCharsets.UTF_8), 0, true);
    }

    final List<String> overheard = new CopyOnWriteArrayList<>();

    /**
     * Subscribes to a filter, keeping whatever arrives in {@link #overheard}. A broker may refuse the subscription
     * (Moquette) or grant it and then deliver nothing the ACL forbids (Mosquitto 2.0).
     */
    void listen(String filter) throws MqttException {
        try {
            client.subscribe(filter, 1, (topic, message) -> overheard.add(topic));
        } catch (MqttException e) {
            if (e.getReasonCode() != MqttException.REASON_CODE_SUBSCRIBE_FAILED) {
                throw e;
            }
        }
    }

    static PanelStatus status(String arming, boolean ethernet, List<PanelStatus.Plug> plugs, List<PanelStatus.Lock> locks) {
        return new PanelStatus(arming, true, 100, new PanelStatus.Paths(ethernet, true), List.of(), plugs, locks,
                List.of(new PanelStatus.Temperature(3, "Hall", 21.5)), "2026-11-26T12:00:00Z");
    }

    @Override
    public void close() throws MqttException {
        if (client.isConnected()) {
            client.disconnectForcibly(100, 100, false); // like a cut cable, no DISCONNECT: the broker sends the will
        }
        client.close();
    }
}
