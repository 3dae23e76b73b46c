package org.vaka.sim.mqtt;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.mqtt.MqttConnAckMessage;
import io.netty.handler.codec.mqtt.MqttConnectReturnCode;
import io.netty.handler.codec.mqtt.MqttDecoder;
import io.netty.handler.codec.mqtt.MqttEncoder;
import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttMessageIdVariableHeader;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.netty.handler.codec.mqtt.MqttSubAckMessage;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.ScheduledFuture;

/**
 * One MQTT 3.1.1 client connection that keeps itself up: connects, subscribes, answers QoS 1 deliveries, pings
 * while idle, and after any loss tries again with a growing pause until it is suspended or closed.
 *
 * <p>Built for thousands of them on one shared event loop group: each connection is pinned to one event loop of
 * the group at construction and keeps all its state there, so it needs no locks; the public methods may be called
 * from any thread and hand their work to that loop. The group must be NIO-based ({@link BrokerLinkThreads}).
 */
public final class BrokerConnection {

    static final int KEEP_ALIVE_SECONDS = 30;
    /** A broker silent for one and a half keep-alives is gone, as the broker itself would judge us. */
    private static final int SILENCE_SECONDS = KEEP_ALIVE_SECONDS * 3 / 2;
    private static final Duration CONNACK_TIMEOUT = Duration.ofSeconds(10);
    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;
    private static final int MAX_PACKET_ID = 65_535;

    private final EventLoop loop;
    private final BrokerAddress address;
    private final BrokerLogin login;
    private final LastWill will;
    private final List<String> subscriptions;
    private final SessionListener listener;
    private final LinkObserver observer;
    private final Backoff backoff;
    private final Bootstrap bootstrap;

    // Everything below belongs to the event loop.
    private Channel channel;
    /** The broker accepted the current channel's CONNECT. */
    private boolean accepted;
    /** The current channel's subscriptions are acknowledged: the session is up. */
    private boolean started;
    private boolean refused;
    private Throwable endCause;
    private boolean wanted;
    private boolean suspended;
    private boolean closed;
    private ScheduledFuture<?> retry;
    private int lastPacketId;
    private int subscribePacketId;
    private final Map<Integer, CompletableFuture<Void>> unacked = new HashMap<>();

    private volatile CompletableFuture<Void> ready = new CompletableFuture<>();
    private volatile boolean up;

    /**
     * @param will          null for none
     * @param subscriptions topic filters to subscribe to (QoS 1) on every connect
     */
    public BrokerConnection(EventLoopGroup group, BrokerAddress address, BrokerLogin login, LastWill will,
                            List<String> subscriptions, SessionListener listener, LinkObserver observer,
                            Backoff backoff) {
        this.loop = group.next();
        this.address = Objects.requireNonNull(address, "address");
        this.login = Objects.requireNonNull(login, "login");
        this.will = will;
        this.subscriptions = List.copyOf(subscriptions);
        this.listener = Objects.requireNonNull(listener, "listener");
        this.observer = Objects.requireNonNull(observer, "observer");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.bootstrap = new Bootstrap()
                .group(loop)
                .channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, CONNECT_TIMEOUT_MILLIS)
                .option(ChannelOption.TCP_NODELAY, true)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(
                                new MqttDecoder(),
                                MqttEncoder.INSTANCE,
                                new IdleStateHandler(SILENCE_SECONDS, KEEP_ALIVE_SECONDS, 0, TimeUnit.SECONDS),
                                new Session());
                    }
                });
    }

    public String clientId() {
        return login.clientId();
    }

    /** Starts connecting now. */
    public void start() {
        start(Duration.ZERO);
    }

    /** Starts connecting after a pause, so a fleet can spread its connects instead of storming the broker. */
    public void start(Duration delay) {
        execute(() -> {
            if (closed || wanted) {
                return;
            }
            wanted = true;
            if (!suspended) {
                retry = loop.schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
            }
        });
    }

    /**
     * Drops the connection as a cut line would, without DISCONNECT, so the broker publishes the will; no new
     * attempts until {@link #resume()}.
     */
    public void suspend() {
        execute(() -> {
            suspended = true;
            cancelRetry();
            if (channel != null) {
                endCause = null;
                channel.close();
            }
        });
    }

    /**
     * Drops a session that looks up but is not working (a broker that acknowledged the connection and then never
     * routes for it), without DISCONNECT; the usual backoff brings a new one.
     */
    public void drop(String why) {
        execute(() -> {
            if (channel != null) {
                endCause = new IOException(why);
                channel.close();
            }
        });
    }

    /** Runs a task on this connection's event loop after a delay. */
    void later(Runnable task, Duration delay) {
        loop.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Undoes {@link #suspend()}: connects at once, since whatever cut us off has just come back. */
    public void resume() {
        execute(() -> {
            if (!suspended) {
                return;
            }
            suspended = false;
            backoff.reset();
            if (wanted && channel == null) {
                cancelRetry();
                connect();
            }
        });
    }

    /** Ends for good: an orderly DISCONNECT (so no will) when a session is up, and no more attempts. */
    public CompletableFuture<Void> close() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            execute(() -> {
                closed = true;
                cancelRetry();
                Channel ch = channel;
                if (ch == null) {
                    done.complete(null);
                    return;
                }
                ch.closeFuture().addListener(f -> done.complete(null));
                if (accepted && ch.isActive()) {
                    ch.writeAndFlush(MqttMessage.DISCONNECT).addListener(ChannelFutureListener.CLOSE);
                } else {
                    ch.close();
                }
            });
        } catch (RejectedExecutionException e) {
            done.complete(null); // the event loop group is already gone, and the connection with it
        }
        return done;
    }

    /**
     * Completes when the current session is connected and subscribed; completes exceptionally with a
     * {@link BrokerRefusedException} if the broker refuses this attempt. After a loss or refusal a fresh one
     * stands for the next session.
     */
    public CompletableFuture<Void> ready() {
        return ready;
    }

    /** Connected and subscribed right now. */
    public boolean isUp() {
        return up;
    }

    /**
     * Publishes at QoS 1. The future completes on the broker's PUBACK, or fails at once when no session is up (the
     * message is not kept for later: whoever publishes state republishes it whole at the next session).
     */
    public CompletableFuture<Void> publish(String topic, byte[] payload, boolean retained) {
        if (topic.isEmpty() || topic.contains("+") || topic.contains("#")) {
            throw new IllegalArgumentException("not a topic to publish on: " + topic);
        }
        CompletableFuture<Void> acked = new CompletableFuture<>();
        try {
            execute(() -> publishNow(topic, payload, retained, acked));
        } catch (RejectedExecutionException e) {
            acked.completeExceptionally(new IOException("the link's event loop has shut down"));
        }
        return acked;
    }

    /** Runs a task on this connection's event loop, at once when already on it, so its order is kept. */
    void execute(Runnable task) {
        if (loop.inEventLoop()) {
            task.run();
        } else {
            loop.execute(task);
        }
    }

    /** Whether the broker has accepted the current connection; only meaningful on the event loop. */
    boolean acceptedOnLoop() {
        return accepted;
    }

    private void publishNow(String topic, byte[] payload, boolean retained, CompletableFuture<Void> acked) {
        Channel ch = channel;
        if (!accepted || ch == null) {
            acked.completeExceptionally(new IOException("not connected to the broker at " + address));
            return;
        }
        if (unacked.size() >= MAX_PACKET_ID - 1) {
            acked.completeExceptionally(new IOException("the broker has not acknowledged " + unacked.size()
                    + " publishes"));
            return;
        }
        int packetId = nextPacketId();
        unacked.put(packetId, acked);
        ch.writeAndFlush(MqttPackets.publish(topic, payload, retained, packetId)).addListener(f -> {
            if (!f.isSuccess()) {
                unacked.remove(packetId);
                acked.completeExceptionally(f.cause());
            }
        });
    }

    private int nextPacketId() {
        do {
            lastPacketId = lastPacketId % MAX_PACKET_ID + 1;
        } while (unacked.containsKey(lastPacketId) || lastPacketId == subscribePacketId);
        return lastPacketId;
    }

    private void connect() {
        retry = null;
        if (closed || !wanted || suspended || channel != null) {
            return;
        }
        accepted = false;
        started = false;
        refused = false;
        endCause = null;
        subscribePacketId = 0;
        ChannelFuture attempt = bootstrap.connect(address.host(), address.port());
        Channel ch = attempt.channel();
        channel = ch;
        attempt.addListener(f -> {
            if (!f.isSuccess()) {
                if (channel == ch) {
                    endCause = f.cause();
                }
                ch.close();
            }
        });
        ch.closeFuture().addListener(f -> ended(ch));
    }

    private void ended(Channel ch) {
        if (channel != ch) {
            return;
        }
        channel = null;
        boolean wasStarted = started;
        accepted = false;
        started = false;
        up = false;
        if (ready.isDone()) {
            ready = new CompletableFuture<>();
        }
        if (!unacked.isEmpty()) {
            IOException lost = new IOException("the connection to the broker ended before its PUBACK");
            List<CompletableFuture<Void>> pending = new ArrayList<>(unacked.values());
            unacked.clear();
            pending.forEach(f -> f.completeExceptionally(lost));
        }
        boolean wantedOpen = wanted && !suspended && !closed;
        if (wasStarted) {
            observer.sessionEnded(login.clientId(), wantedOpen ? lostCause() : null);
        } else if (wantedOpen && !refused) {
            observer.unreachable(login.clientId(), lostCause());
        }
        if (wantedOpen) {
            Duration pause = backoff.next();
            retry = loop.schedule(this::connect, pause.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private Throwable lostCause() {
        return endCause != null ? endCause : new IOException("the broker at " + address + " closed the connection");
    }

    private void cancelRetry() {
        if (retry != null) {
            retry.cancel(false);
            retry = null;
        }
    }

    private void connAck(Channel ch, MqttConnAckMessage connAck) {
        MqttConnectReturnCode code = connAck.variableHeader().connectReturnCode();
        if (code != MqttConnectReturnCode.CONNECTION_ACCEPTED) {
            refuse(ch, new BrokerRefusedException(login.clientId(), code));
            return;
        }
        accepted = true;
        if (subscriptions.isEmpty()) {
            sessionUp();
        } else {
            subscribePacketId = nextPacketId();
            ch.writeAndFlush(MqttPackets.subscribe(subscribePacketId, subscriptions));
        }
        listener.accepted(this);
    }

    private void subAck(Channel ch, MqttSubAckMessage subAck) {
        if (subAck.variableHeader().messageId() != subscribePacketId) {
            return;
        }
        List<Integer> granted = subAck.payload().grantedQoSLevels();
        for (int i = 0; i < granted.size(); i++) {
            if (granted.get(i) >= 0x80) {
                refuse(ch, new BrokerRefusedException(login.clientId(), subscriptions.get(Math.min(i,
                        subscriptions.size() - 1))));
                return;
            }
        }
        subscribePacketId = 0;
        sessionUp();
    }

    private void sessionUp() {
        started = true;
        up = true;
        backoff.reset();
        ready.complete(null);
        observer.sessionStarted(login.clientId());
    }

    private void refuse(Channel ch, BrokerRefusedException refusal) {
        refused = true;
        CompletableFuture<Void> failed = ready;
        ready = new CompletableFuture<>();
        failed.completeExceptionally(refusal);
        observer.refused(login.clientId(), refusal);
        ch.close();
    }

    private void published(ChannelHandlerContext ctx, MqttPublishMessage publish) {
        if (publish.fixedHeader().qosLevel() == MqttQoS.AT_LEAST_ONCE) {
            ctx.writeAndFlush(MqttPackets.pubAck(publish.variableHeader().packetId()));
        }
        byte[] payload = ByteBufUtil.getBytes(publish.payload());
        listener.messageArrived(publish.variableHeader().topicName(), payload, publish.fixedHeader().isRetain());
    }

    private void pubAck(MqttMessage pubAck) {
        if (pubAck.variableHeader() instanceof MqttMessageIdVariableHeader id) {
            CompletableFuture<Void> acked = unacked.remove(id.messageId());
            if (acked != null) {
                acked.complete(null);
            }
        }
    }

    /** The channel's end of the protocol; one per connection attempt. */
    private final class Session extends SimpleChannelInboundHandler<MqttMessage> {

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            Channel ch = ctx.channel();
            ctx.writeAndFlush(MqttPackets.connect(login, will, KEEP_ALIVE_SECONDS));
            ctx.executor().schedule(() -> {
                if (channel == ch && !accepted && !refused) {
                    endCause = new IOException("no CONNACK from " + address + " within "
                            + CONNACK_TIMEOUT.toSeconds() + " s");
                    ch.close();
                }
            }, CONNACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            ctx.fireChannelActive();
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, MqttMessage message) {
            if (message.decoderResult().isFailure()) {
                endCause = new IOException("unreadable packet from the broker: " + message.decoderResult().cause());
                ctx.close();
                return;
            }
            switch (message.fixedHeader().messageType()) {
                case CONNACK -> connAck(ctx.channel(), (MqttConnAckMessage) message);
                case SUBACK -> subAck(ctx.channel(), (MqttSubAckMessage) message);
                case PUBLISH -> published(ctx, (MqttPublishMessage) message);
                case PUBACK -> pubAck(message);
                default -> {
                    // PINGRESP needs nothing: any read keeps the silence timer at bay
                }
            }
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
            if (event instanceof IdleStateEvent idle) {
                if (idle.state() == IdleState.WRITER_IDLE) {
                    ctx.writeAndFlush(MqttMessage.PINGREQ);
                } else if (idle.state() == IdleState.READER_IDLE) {
                    endCause = new IOException("the broker at " + address + " said nothing for " + SILENCE_SECONDS
                            + " s");
                    ctx.close();
                }
                return;
            }
            ctx.fireUserEventTriggered(event);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            if (channel == ctx.channel()) {
                endCause = cause;
            }
            ctx.close();
        }
    }
}
