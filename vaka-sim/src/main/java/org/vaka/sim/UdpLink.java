package org.vaka.sim;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;

/**
 * A panel's own UDP socket, connected to the receiver so the kernel drops datagrams from anyone else. Its own
 * source port is what lets the receiver's reply find this panel.
 */
final class UdpLink implements PanelLink {

    private final InetSocketAddress receiver;
    private DatagramChannel channel;

    UdpLink(InetSocketAddress receiver) {
        this.receiver = receiver;
    }

    @Override
    public boolean open(Selector selector, VirtualPanel panel) throws IOException {
        close();
        channel = DatagramChannel.open();
        try {
            channel.configureBlocking(false);
            channel.connect(receiver);
            channel.register(selector, SelectionKey.OP_READ, panel);
            return true;
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public void finishConnect() {
        // UDP has nothing to finish
    }

    @Override
    public void send(ByteBuffer frame) throws IOException {
        try {
            channel.write(frame);
        } catch (PortUnreachableException e) {
            // an ICMP answer to an earlier datagram: the receiver is down; the reply timeout will retry
        }
    }

    @Override
    public boolean stillSending() {
        return false;
    }

    @Override
    public void flush() {
        // a datagram goes whole or not at all
    }

    @Override
    public int receive(ByteBuffer into) throws IOException {
        try {
            return channel.read(into);
        } catch (PortUnreachableException e) {
            return 0;
        }
    }

    @Override
    public boolean datagrams() {
        return true;
    }

    @Override
    public void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing to save on a UDP socket
            }
            channel = null;
        }
    }
}
