package org.vaka.sim;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;

/** A panel's single TCP connection, kept open across messages the way IP panels do. */
final class TcpLink implements PanelLink {

    private final InetSocketAddress receiver;
    private SocketChannel channel;
    private SelectionKey key;
    private ByteBuffer unsent;

    TcpLink(InetSocketAddress receiver) {
        this.receiver = receiver;
    }

    @Override
    public boolean open(Selector selector, VirtualPanel panel) throws IOException {
        close();
        channel = SocketChannel.open();
        try {
            channel.configureBlocking(false);
            // one small frame, then wait: Nagle would only add delay to every ACK round trip
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            boolean connected = channel.connect(receiver);
            key = channel.register(selector, connected ? SelectionKey.OP_READ : SelectionKey.OP_CONNECT, panel);
            return connected;
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public void finishConnect() throws IOException {
        channel.finishConnect();
        if (channel.getLocalAddress().equals(channel.getRemoteAddress())) {
            // TCP simultaneous open: with no receiver listening, a connect on loopback can pick the receiver's
            // port as its own source port and connect to itself, which would hold the port against the restart
            throw new java.net.ConnectException("connected to itself while " + receiver + " was down");
        }
        key.interestOps(SelectionKey.OP_READ);
    }

    @Override
    public void send(ByteBuffer frame) throws IOException {
        channel.write(frame);
        if (frame.hasRemaining()) {
            unsent = frame;
            key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
        } else {
            unsent = null;
        }
    }

    @Override
    public boolean stillSending() {
        return unsent != null;
    }

    @Override
    public void flush() throws IOException {
        if (unsent != null) {
            channel.write(unsent);
            if (unsent.hasRemaining()) {
                return;
            }
            unsent = null;
        }
        key.interestOps(SelectionKey.OP_READ);
    }

    @Override
    public int receive(ByteBuffer into) throws IOException {
        return channel.read(into);
    }

    @Override
    public boolean datagrams() {
        return false;
    }

    @Override
    public void close() {
        unsent = null;
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing is all we wanted; nothing left to save on this connection
            }
            channel = null;
            key = null;
        }
    }
}
