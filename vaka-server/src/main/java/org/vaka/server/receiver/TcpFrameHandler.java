package org.vaka.server.receiver;

import java.net.InetSocketAddress;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleStateEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaka.server.signals.IncomingSignal.Transport;

/** One per TCP connection: hands frames to the intake and writes its answer back when it is ready. */
@ChannelHandler.Sharable
class TcpFrameHandler extends ChannelInboundHandlerAdapter {

    private static final Logger log = LoggerFactory.getLogger(TcpFrameHandler.class);

    private final SignalIntake intake;
    private final ReceiverStats stats;

    TcpFrameHandler(SignalIntake intake, ReceiverStats stats) {
        this.intake = intake;
        this.stats = stats;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        stats.connected();
        ctx.fireChannelActive();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        stats.disconnected();
        ctx.fireChannelInactive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof FrameSplitter.Oversized oversized) {
            ctx.writeAndFlush(Unpooled.wrappedBuffer(intake.oversized(oversized.bytes(), remote(ctx))));
            return;
        }
        byte[] frame = (byte[]) msg;
        intake.handle(frame, Transport.TCP, remote(ctx), ctx.channel().eventLoop()).whenComplete((reply, failure) -> {
            if (failure != null) {
                log.error("frame from {} not answered", remote(ctx), failure);
            } else if (reply != null && ctx.channel().isActive()) {
                ctx.writeAndFlush(Unpooled.wrappedBuffer(reply));
            }
        });
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof IdleStateEvent) {
            log.debug("closing idle connection from {}", remote(ctx));
            ctx.close();
        } else {
            ctx.fireUserEventTriggered(evt);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        log.debug("connection from {} failed: {}", remote(ctx), cause.toString());
        ctx.close();
    }

    private static String remote(ChannelHandlerContext ctx) {
        return ctx.channel().remoteAddress() instanceof InetSocketAddress a
                ? a.getAddress().getHostAddress() + ":" + a.getPort() : String.valueOf(ctx.channel().remoteAddress());
    }
}
