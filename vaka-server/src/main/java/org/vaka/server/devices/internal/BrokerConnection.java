package org.vaka.server.devices.internal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.vaka.protocol.mqtt.PanelCommandResult;
import org.vaka.protocol.mqtt.PanelStatus;
import org.vaka.protocol.mqtt.PanelTopics;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server's one MQTT connection: it hears every panel's availability, status and command results, and sends
 * commands. It keeps trying to connect until the broker answers, and Paho reconnects it after that.
 */
@Component
class BrokerConnection implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BrokerConnection.class);
    private static final int QOS = 1;

    private final BrokerEndpoint endpoint;
    private final LivePanels panels;
    private final PendingCommands pending;
    private final JsonMapper json;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().name("broker-connect").daemon(true).unstarted(r));
    private volatile MqttAsyncClient client;
    private volatile boolean running;
    private volatile boolean complainedOnce;

    BrokerConnection(BrokerRuntime broker, LivePanels panels, PendingCommands pending, JsonMapper json) {
        this.endpoint = broker.endpoint();
        this.panels = panels;
        this.pending = pending;
        this.json = json;
    }

    @Override
    public void start() {
        running = true;
        try {
            client = new MqttAsyncClient(endpoint.url(), "vaka-server-" + UUID.randomUUID().toString().substring(0, 8),
                    new MemoryPersistence());
        } catch (MqttException e) {
            throw new IllegalStateException("MQTT broker URL not usable: " + endpoint.url() + " (" + e.getMessage() + ")", e);
        }
        client.setCallback(new Callback());
        retries.execute(this::connect);
    }

    private void connect() {
        if (!running) {
            return;
        }
        MqttConnectOptions options = new MqttConnectOptions();
        options.setUserName(endpoint.username());
        if (endpoint.password().length > 0) {
            options.setPassword(endpoint.password());
        }
        options.setCleanSession(true);
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1); // no silent retry as 3.1 after a refusal
        options.setAutomaticReconnect(true);
        options.setMaxInflight(10_000);
        options.setKeepAliveInterval(30);
        options.setConnectionTimeout(5);
        if (endpoint.url().startsWith("tcp://")) {
            options.setSocketFactory(new NoDelaySockets());
        }
        try {
            client.connect(options).waitForCompletion(10_000);
            complainedOnce = false;
        } catch (MqttException e) {
            if (!complainedOnce) {
                log.warn("MQTT broker {} not reachable yet ({}); commands to panels fail until it is. Retrying.",
                        endpoint.url(), e.getMessage());
                complainedOnce = true;
            }
            retries.schedule(this::connect, 2, TimeUnit.SECONDS);
        }
    }

    boolean connected() {
        MqttAsyncClient c = client;
        return c != null && c.isConnected();
    }

    /** Hands a command to the broker (QoS 1). Throws when the broker connection is down. */
    void send(String account, byte[] payload) throws MqttException {
        MqttAsyncClient c = client;
        if (c == null || !c.isConnected()) {
            throw new MqttException(MqttException.REASON_CODE_CLIENT_NOT_CONNECTED);
        }
        c.publish(PanelTopics.of(account).command(), payload, QOS, false);
    }

    private void heard(String topic, MqttMessage message, long receivedNanos) {
        String account = PanelTopics.accountOf(topic).orElse(null);
        String leaf = PanelTopics.leafOf(topic).orElse("");
        if (account == null) {
            return;
        }
        byte[] payload = message.getPayload();
        try {
            switch (leaf) {
                case "availability" -> panels.availability(account,
                        PanelTopics.ONLINE.equals(new String(payload, StandardCharsets.UTF_8)));
                case "status" -> {
                    if (payload.length > 0) { // an empty retained message clears the topic
                        panels.status(account, json.readValue(payload, PanelStatus.class));
                    }
                }
                case "result" -> pending.answer(account, json.readValue(payload, PanelCommandResult.class), receivedNanos);
                default -> {
                    // Home Assistant's per-entity topics: the same facts as the status document
                }
            }
        } catch (JacksonException e) {
            log.warn("unreadable {} from panel {}: {}", leaf, account, e.getOriginalMessage());
        }
    }

    private final class Callback implements MqttCallbackExtended {

        @Override
        public void connectComplete(boolean reconnect, String serverUri) {
            log.info("{} to MQTT broker {} as {}", reconnect ? "reconnected" : "connected", serverUri, endpoint.username());
            try {
                // State at QoS 0: on (re)subscribing, the broker sends one retained message per panel and topic at
                // once, and at QoS 1 Mosquitto queues at most 1,000 of them per client and drops the rest — a fleet
                // beyond that would come back half unknown. Retained state needs no acknowledgement; answers to
                // commands do.
                String root = PanelTopics.ROOT + "+/";
                client.subscribe(new String[] {root + "availability", root + "status", root + "result"},
                        new int[] {0, 0, QOS});
            } catch (MqttException e) {
                log.error("could not subscribe to the panels' topics", e);
            }
        }

        @Override
        public void connectionLost(Throwable cause) {
            log.warn("lost the MQTT broker ({}); reconnecting", cause == null ? "closed" : cause.getMessage());
            panels.allUnreachable();
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            heard(topic, message, System.nanoTime());
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
            // QoS 1 commands: the broker has them; the panel's result is what counts
        }
    }

    @Override
    public void stop() {
        running = false;
        retries.shutdownNow();
        MqttAsyncClient c = client;
        if (c != null) {
            try {
                if (c.isConnected()) {
                    c.disconnect(1000).waitForCompletion(2000);
                }
                c.close();
            } catch (MqttException e) {
                log.debug("closing the MQTT connection", e);
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
