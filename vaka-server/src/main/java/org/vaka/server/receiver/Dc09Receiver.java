package org.vaka.server.receiver;

import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.ServerSocketChannel;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.timeout.IdleStateHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** The SIA DC-09 listeners: TCP and UDP on the receiver port, started and stopped with the application. */
@Component
public class Dc09Receiver implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Dc09Receiver.class);

    private final ReceiverSettings settings;
    private final SignalIntake intake;
    private final ReceiverStats stats;

    private EventLoopGroup boss;
    private EventLoopGroup workers;
    private Channel tcp;
    private Channel udp;
    private volatile boolean running;

    Dc09Receiver(ReceiverSettings settings, SignalIntake intake, ReceiverStats stats) {
        this.settings = settings;
        this.intake = intake;
        this.stats = stats;
    }

    @Override
    public void start() {
        boolean epoll = Epoll.isAvailable();
        IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        boss = new MultiThreadIoEventLoopGroup(1, io);
        workers = new MultiThreadIoEventLoopGroup(Runtime.getRuntime().availableProcessors(), io);
        TcpFrameHandler handler = new TcpFrameHandler(intake, stats);
        long idleSeconds = Math.max(1, settings.idleTimeout().toSeconds());
        try {
            tcp = new ServerBootstrap()
                    .group(boss, workers)
                    .channel(epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class)
                    .option(ChannelOption.SO_BACKLOG, 1024)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline()
                                    .addLast(new IdleStateHandler(0, 0, idleSeconds, TimeUnit.SECONDS))
                                    .addLast(new FrameSplitter(settings.maxFrameBytes(), stats))
                                    .addLast(handler);
                        }
                    })
                    .bind(new InetSocketAddress(settings.bindAddress(), settings.port())).sync().channel();
            int port = ((InetSocketAddress) tcp.localAddress()).getPort();
            udp = new Bootstrap()
                    .group(workers)
                    .channel(epoll ? EpollDatagramChannel.class : NioDatagramChannel.class)
                    // Netty reads 2 KiB datagrams by default: a long encrypted frame would be cut short.
                    .option(ChannelOption.RCVBUF_ALLOCATOR, new FixedRecvByteBufAllocator(settings.maxFrameBytes() + 64))
                    .handler(new ChannelInitializer<DatagramChannel>() {
                        @Override
                        protected void initChannel(DatagramChannel ch) {
                            ch.pipeline().addLast(new UdpFrameHandler(intake, stats, settings.maxFrameBytes()));
                        }
                    })
                    .bind(new InetSocketAddress(settings.bindAddress(), port)).sync().channel();
            running = true;
            log.info("DC-09 receiver listening on TCP and UDP {}:{} ({})", settings.bindAddress(), port,
                    epoll ? "epoll" : "nio");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while binding the receiver port", e);
        } catch (Exception e) {
            stop();
            throw new IllegalStateException("could not listen on receiver port " + settings.port()
                    + " (VAKA_RECEIVER_PORT): " + e.getMessage(), e);
        }
    }

    /** The port actually bound (differs from the setting when that was 0). */
    public int port() {
        return ((InetSocketAddress) tcp.localAddress()).getPort();
    }

    @Override
    public void stop() {
        running = false;
        if (tcp != null) tcp.close().syncUninterruptibly();
        if (udp != null) udp.close().syncUninterruptibly();
        if (boss != null) boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        if (workers != null) workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stop before the signal log so frames in flight still commit and get their ACK. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }
}
