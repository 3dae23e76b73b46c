package org.vaka.sim.mqtt;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.mqtt.MqttConnectMessage;
import io.netty.handler.codec.mqtt.MqttConnectReturnCode;
import io.netty.handler.codec.mqtt.MqttDecoder;
import io.netty.handler.codec.mqtt.MqttEncoder;
import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttMessageBuilders;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.netty.handler.codec.mqtt.MqttSubscribeMessage;
import io.netty.handler.codec.mqtt.MqttTopicSubscription;

/**
 * Just enough of an MQTT broker on a loopback port to watch a client: it records what arrives in order, answers
 * CONNECT with whatever return code the test sets, grants every subscription, acknowledges QoS 1 and can push a
 * message to its clients or drop them.
 */
final class FakeBroker implements AutoCloseable {

    /** What came in: the packet type, and for PUBLISH and SUBSCRIBE the topic and payload. */
    record Packet(String type, String topic, String payload, boolean retained) {
    }

    record Connect(String clientId, String username, String password, boolean cleanSession, int keepAlive,
                   String willTopic, String willMessage, boolean willRetain, int willQos, long atNanos) {
    }

    final Queue<Packet> packets = new ConcurrentLinkedQueue<>();
    final Queue<Connect> connects = new ConcurrentLinkedQueue<>();
    volatile MqttConnectReturnCode answer = MqttConnectReturnCode.CONNECTION_ACCEPTED;

    private final Set<Channel> clients = ConcurrentHashMap.newKeySet();
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final Channel server;
    private int nextPacketId;

    FakeBroker() throws InterruptedException {
        server = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new MqttDecoder(), MqttEncoder.INSTANCE, new ClientHandler());
                    }
                })
                .bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)).sync().channel();
    }

    int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    BrokerAddress address() {
        return new BrokerAddress("127.0.0.1", port());
    }

    int connectedClients() {
        return clients.size();
    }

    List<Packet> published(String topic) {
        return packets.stream().filter(p -> p.type().equals("PUBLISH") && p.topic().equals(topic)).toList();
    }

    List<String> types() {
        return packets.stream().map(Packet::type).toList();
    }

    /** Sends a QoS 1 message to every connected client. */
    void deliver(String topic, String payload, boolean retained) {
        for (Channel client : clients) {
            client.eventLoop().execute(() -> client.writeAndFlush(MqttMessageBuilders.publish()
                    .topicName(topic)
                    .qos(MqttQoS.AT_LEAST_ONCE)
                    .retained(retained)
                    .messageId(++nextPacketId)
                    .payload(Unpooled.copiedBuffer(payload, StandardCharsets.UTF_8))
                    .build()));
        }
    }

    /** Cuts every client off, as a broker restart or a dead line would. */
    void dropClients() {
        clients.forEach(Channel::close);
    }

    @Override
    public void close() {
        server.close();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
    }

    private final class ClientHandler extends SimpleChannelInboundHandler<MqttMessage> {

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            clients.add(ctx.channel());
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            clients.remove(ctx.channel());
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, MqttMessage message) {
            switch (message.fixedHeader().messageType()) {
                case CONNECT -> {
                    MqttConnectMessage connect = (MqttConnectMessage) message;
                    connects.add(new Connect(connect.payload().clientIdentifier(), connect.payload().userName(),
                            connect.payload().passwordInBytes() == null ? null
                                    : new String(connect.payload().passwordInBytes(), StandardCharsets.UTF_8),
                            connect.variableHeader().isCleanSession(), connect.variableHeader().keepAliveTimeSeconds(),
                            connect.payload().willTopic(),
                            connect.payload().willMessageInBytes() == null ? null
                                    : new String(connect.payload().willMessageInBytes(), StandardCharsets.UTF_8),
                            connect.variableHeader().isWillRetain(), connect.variableHeader().willQos(),
                            System.nanoTime()));
                    packets.add(new Packet("CONNECT", null, null, false));
                    ctx.writeAndFlush(MqttMessageBuilders.connAck().returnCode(answer).sessionPresent(false).build());
                    if (answer != MqttConnectReturnCode.CONNECTION_ACCEPTED) {
                        ctx.close();
                    }
                }
                case SUBSCRIBE -> {
                    MqttSubscribeMessage subscribe = (MqttSubscribeMessage) message;
                    MqttMessageBuilders.SubAckBuilder subAck = MqttMessageBuilders.subAck()
                            .packetId(subscribe.idAndPropertiesVariableHeader().messageId());
                    for (MqttTopicSubscription s : subscribe.payload().topicSubscriptions()) {
                        packets.add(new Packet("SUBSCRIBE", s.topicFilter(), null, false));
                        subAck.addGrantedQos(MqttQoS.AT_LEAST_ONCE);
                    }
                    ctx.writeAndFlush(subAck.build());
                }
                case PUBLISH -> {
                    MqttPublishMessage publish = (MqttPublishMessage) message;
                    packets.add(new Packet("PUBLISH", publish.variableHeader().topicName(),
                            new String(ByteBufUtil.getBytes(publish.payload()), StandardCharsets.UTF_8),
                            publish.fixedHeader().isRetain()));
                    if (publish.fixedHeader().qosLevel() == MqttQoS.AT_LEAST_ONCE) {
                        ctx.writeAndFlush(MqttMessageBuilders.pubAck().packetId(publish.variableHeader().packetId())
                                .build());
                    }
                }
                case PINGREQ -> ctx.writeAndFlush(MqttMessage.PINGRESP);
                case DISCONNECT -> {
                    packets.add(new Packet("DISCONNECT", null, null, false));
                    ctx.close();
                }
                default -> packets.add(new Packet(message.fixedHeader().messageType().name(), null, null, false));
            }
        }
    }
}
