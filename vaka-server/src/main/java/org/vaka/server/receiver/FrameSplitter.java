package org.vaka.server.receiver;

import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import org.vaka.protocol.dc09.Dc09FrameDecoder;
import org.vaka.protocol.dc09.Dc09FrameDecoder.Scan;

/**
 * Netty adapter around {@link Dc09FrameDecoder}: turns a TCP byte stream into whole frames (byte[] LF..CR).
 * Garbage between frames is dropped and counted; an oversized frame is dropped and answered with
 * {@link Oversized} so the handler can NAK it. The buffer never holds more than one frame's worth.
 */
class FrameSplitter extends ByteToMessageDecoder {

    /** Marker passed on for a frame that was too long to keep. */
    record Oversized(int bytes) {
    }

    private final Dc09FrameDecoder decoder;
    private final ReceiverStats stats;

    FrameSplitter(int maxFrameBytes, ReceiverStats stats) {
        this.decoder = new Dc09FrameDecoder(maxFrameBytes);
        this.stats = stats;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (in.isReadable()) {
            int from = in.readerIndex();
            int to = in.writerIndex();
            byte[] array;
            int offset;
            if (in.hasArray()) {
                array = in.array();
                offset = in.arrayOffset();
            } else {
                array = new byte[to - from];
                in.getBytes(from, array);
                offset = -from;
            }
            Scan scan = decoder.scan(array, from + offset, to + offset);
            int start = scan.start() - offset;
            int end = scan.end() - offset;
            switch (scan.kind()) {
                case FRAME -> {
                    if (start > from) {
                        stats.garbage(start - from);
                    }
                    byte[] frame = new byte[end - start];
                    in.getBytes(start, frame);
                    in.readerIndex(end);
                    out.add(frame);
                }
                case INCOMPLETE -> {
                    if (start > from) {
                        stats.garbage(start - from);
                        in.readerIndex(start);
                    }
                    return;
                }
                case GARBAGE -> {
                    stats.garbage(end - from);
                    in.readerIndex(end);
                }
                case OVERSIZED -> {
                    in.readerIndex(end);
                    out.add(new Oversized(end - start));
                }
            }
        }
    }
}
