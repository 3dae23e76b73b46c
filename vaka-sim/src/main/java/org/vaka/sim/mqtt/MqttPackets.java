package org.vaka.sim.mqtt;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.mqtt.MqttConnectMessage;
import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttMessageBuilders;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.netty.handler.codec.mqtt.MqttSubscribeMessage;
import io.netty.handler.codec.mqtt.MqttVersion;

/** The MQTT 3.1.1 packets a client sends. Everything it publishes or subscribes is QoS 1. */
final class MqttPackets {

    private MqttPackets() {
    }

    static MqttConnectMessage connect(BrokerLogin login, LastWill will, int keepAliveSeconds) {
        MqttMessageBuilders.ConnectBuilder connect = MqttMessageBuilders.connect()
                .protocolVersion(MqttVersion.MQTT_3_1_1)
                .clientId(login.clientId())
                // a panel's state is republished whole on every connect, so nothing is worth keeping across them
                .cleanSession(true)
                .keepAlive(keepAliveSeconds)
                .username(login.username());
        if (login.password() != null) {
            connect.password(login.password().getBytes(StandardCharsets.UTF_8));
        }
        if (will != null) {
            connect.willFlag(true)
                    .willTopic(will.topic())
                    .willMessage(will.message().getBytes(StandardCharsets.UTF_8))
                    .willQoS(MqttQoS.AT_LEAST_ONCE)
                    .willRetain(true);
        }
        return connect.build();
    }

    static MqttPublishMessage publish(String topic, byte[] payload, boolean retained, int packetId) {
        return MqttMessageBuilders.publish()
                .topicName(topic)
                .retained(retained)
                .qos(MqttQoS.AT_LEAST_ONCE)
                .messageId(packetId)
                .payload(Unpooled.wrappedBuffer(payload))
                .build();
    }

    static MqttSubscribeMessage subscribe(int packetId, List<String> topicFilters) {
        MqttMessageBuilders.SubscribeBuilder subscribe = MqttMessageBuilders.subscribe().messageId(packetId);
        for (String filter : topicFilters) {
            subscribe.addSubscription(MqttQoS.AT_LEAST_ONCE, filter);
        }
        return subscribe.build();
    }

    static MqttMessage pubAck(int packetId) {
        return MqttMessageBuilders.pubAck().packetId(packetId).build();
    }
}
