package org.vaka.server.receiver;

import java.net.InetSocketAddress;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaka.protocol.dc09.Dc09FrameDecoder;
import org.vaka.protocol.dc09.Dc09FrameDecoder.Scan;
import org.vaka.server.signals.IncomingSignal.Transport;

/** DC-09 over UDP: each datagram carries its frame(s); answers go back to the sender's address. */
class UdpFrameHandler extends SimpleChannelInboundHandler<DatagramPacket> {

    private static final Logger log = LoggerFactory.getLogger(UdpFrameHandler.class);

    private final SignalIntake intake;
    private final ReceiverStats stats;
    private final Dc09FrameDecoder decoder;

    UdpFrameHandler(SignalIntake intake, ReceiverStats stats, int maxFrameBytes) {
        this.intake = intake;
        this.stats = stats;
        this.decoder = new Dc09FrameDecoder(maxFrameBytes);
    }

    private void answer(ChannelHandlerContext ctx, byte[] frame, String remote, InetSocketAddress sender) {
        intake.handle(frame, Transport.UDP, remote, ctx.channel().eventLoop()).whenComplete((reply, failure) -> {
            if (failure != null) {
                log.error("datagram from {} not answered", remote, failure);
            } else if (reply != null) {
                ctx.writeAndFlush(new DatagramPacket(Unpooled.wrappedBuffer(reply), sender));
            }
        });
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
        ByteBuf content = packet.content();
        byte[] bytes = new byte[content.readableBytes()];
        content.getBytes(content.readerIndex(), bytes);
        InetSocketAddress sender = packet.sender();
        String remote = sender.getAddress().getHostAddress() + ":" + sender.getPort();
        int at = 0;
        while (at < bytes.length) {
            Scan scan = decoder.scan(bytes, at, bytes.length);
            switch (scan.kind()) {
                case FRAME -> {
                    answer(ctx, java.util.Arrays.copyOfRange(bytes, scan.start(), scan.end()), remote, sender);
                    at = scan.end();
                }
                case OVERSIZED -> {
                    ctx.writeAndFlush(new DatagramPacket(Unpooled.wrappedBuffer(intake.oversized(scan.end() - scan.start(), remote)), sender));
                    at = scan.end();
                }
                case INCOMPLETE -> {
                    // A datagram is all there is: half a frame is never completed. The intake says why it is refused.
                    answer(ctx, java.util.Arrays.copyOfRange(bytes, scan.start(), bytes.length), remote, sender);
                    at = bytes.length;
                }
                case GARBAGE -> {
                    stats.garbage(scan.end() - at);
                    at = scan.end();
                }
            }
        }
    }
}
