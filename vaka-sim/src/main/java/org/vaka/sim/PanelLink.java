package org.vaka.sim;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Selector;

/** The way a panel reaches the receiver: one TCP connection or one UDP socket, non-blocking, on a selector. */
interface PanelLink {

    /** Starts connecting; true when the link can be used at once, false when OP_CONNECT will say so. */
    boolean open(Selector selector, VirtualPanel panel) throws IOException;

    /** Completes a connect that the selector reported ready. */
    void finishConnect() throws IOException;

    /** Sends a whole frame, finishing later through {@link #flush()} when the socket buffer is full. */
    void send(ByteBuffer frame) throws IOException;

    /** True while part of the last frame still waits in our buffer for room in the socket. */
    boolean stillSending();

    /** Continues a send that did not fit; called when the selector reports the socket writable. */
    void flush() throws IOException;

    /** Reads what arrived into {@code into}; -1 when the receiver closed the connection. */
    int receive(ByteBuffer into) throws IOException;

    /** True when every receive is one datagram, so left-over bytes of an earlier one never join the next. */
    boolean datagrams();

    void close();
}
