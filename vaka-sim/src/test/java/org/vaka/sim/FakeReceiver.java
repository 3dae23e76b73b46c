package org.vaka.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.vaka.protocol.dc09.AesKey;
import org.vaka.protocol.dc09.Dc09Encoder;
import org.vaka.protocol.dc09.Dc09Exception;
import org.vaka.protocol.dc09.Dc09Frame;
import org.vaka.protocol.dc09.Dc09FrameDecoder;
import org.vaka.protocol.dc09.Dc09Message;
import org.vaka.protocol.dc09.Dc09MessageDecoder;
import org.vaka.protocol.dc09.Rejection;
import org.vaka.protocol.dc09.TimeWindow;

/**
 * A tiny DC-09 receiver for the tests, on an ephemeral loopback port: reads frames with vaka-protocol and answers
 * as told. It remembers what it received and what it ACKed, so tests can hold the simulator's counts against it.
 */
final class FakeReceiver implements AutoCloseable {

    enum Mode {
        /** ACK (or *ACK) every valid frame. */
        ACK,
        /** NAK the first frame of every connection (per source address on UDP), then ACK. */
        NAK_FIRST,
        /** Never answer. */
        SILENT,
        /** On TCP, drop the connection instead of answering every 10th frame of a connection; ACK the rest. */
        DROP_EVERY_10TH
    }

    final Queue<Dc09Message> received = new ConcurrentLinkedQueue<>();
    final Set<String> ackedSignals = ConcurrentHashMap.newKeySet();
    final AtomicInteger acks = new AtomicInteger();
    final AtomicInteger naks = new AtomicInteger();
    final AtomicInteger connections = new AtomicInteger();
    final Queue<String> problems = new ConcurrentLinkedQueue<>();

    private final Mode mode;
    private final AesKey key;
    private final Duration clockSkew;
    private final ServerSocket server;
    private final DatagramSocket datagrams;
    private final List<Socket> sockets = Collections.synchronizedList(new ArrayList<>());
    private final Set<SocketAddress> nakedSources = ConcurrentHashMap.newKeySet();
    private final SplittableRandom pads = new SplittableRandom(7);
    private volatile boolean closed;

    private FakeReceiver(Mode mode, AesKey key, Duration clockSkew, boolean udp, int port) throws IOException {
        this.mode = mode;
        this.key = key;
        this.clockSkew = clockSkew;
        InetAddress loopback = InetAddress.getLoopbackAddress();
        if (udp) {
            server = null;
            datagrams = new DatagramSocket(new InetSocketAddress(loopback, port));
            Thread.ofPlatform().daemon().name("fake-udp").start(this::serveDatagrams);
        } else {
            datagrams = null;
            server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(loopback, port), 500);
            Thread.ofPlatform().daemon().name("fake-tcp-accept").start(this::acceptConnections);
        }
    }

    static FakeReceiver tcp(Mode mode, AesKey key) throws IOException {
        return new FakeReceiver(mode, key, Duration.ZERO, false, 0);
    }

    /** On a given port, to stand in for a receiver that was restarted. */
    static FakeReceiver tcpOnPort(Mode mode, int port) throws IOException {
        return new FakeReceiver(mode, null, Duration.ZERO, false, port);
    }

    static FakeReceiver udp(Mode mode, AesKey key) throws IOException {
        return new FakeReceiver(mode, key, Duration.ZERO, true, 0);
    }

    /** A receiver whose clock is off by {@code skew}, so encrypted frames stamped with true time fall outside its window. */
    static FakeReceiver tcpWithClockSkew(AesKey key, Duration skew) throws IOException {
        return new FakeReceiver(Mode.ACK, key, skew, false, 0);
    }

    int port() {
        return server != null ? server.getLocalPort() : datagrams.getLocalPort();
    }

    private void acceptConnections() {
        while (!closed) {
            try {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                sockets.add(socket);
                connections.incrementAndGet();
                Thread.ofVirtual().start(() -> serve(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        Dc09FrameDecoder decoder = new Dc09FrameDecoder(Dc09FrameDecoder.DEFAULT_MAX_FRAME_BYTES);
        byte[] buf = new byte[16384];
        int length = 0;
        int frames = 0;
        try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            while (true) {
                int n = in.read(buf, length, buf.length - length);
                if (n < 0) {
                    return;
                }
                length += n;
                int from = 0;
                scanning:
                while (from < length) {
                    Dc09FrameDecoder.Scan scan = decoder.scan(buf, from, length);
                    switch (scan.kind()) {
                        case FRAME -> {
                            frames++;
                            if (mode == Mode.DROP_EVERY_10TH && frames % 10 == 0) {
                                return;
                            }
                            byte[] reply = answer(buf, scan.start(), scan.end() - scan.start(), frames == 1);
                            if (reply != null) {
                                out.write(reply);
                                out.flush();
                            }
                            from = scan.end();
                        }
                        case INCOMPLETE -> {
                            from = scan.start();
                            break scanning;
                        }
                        default -> from = Math.max(scan.end(), from + 1);
                    }
                }
                System.arraycopy(buf, from, buf, 0, length - from);
                length -= from;
            }
        } catch (IOException e) {
            // the simulator hung up, or we were closed
        }
    }

    private void serveDatagrams() {
        byte[] buf = new byte[4096];
        while (!closed) {
            DatagramPacket packet = new DatagramPacket(buf, buf.length);
            try {
                datagrams.receive(packet);
                boolean first = nakedSources.add(packet.getSocketAddress());
                byte[] reply = answer(buf, 0, packet.getLength(), first);
                if (reply != null) {
                    datagrams.send(new DatagramPacket(reply, reply.length, packet.getSocketAddress()));
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    private byte[] answer(byte[] buf, int off, int len, boolean firstOfPath) {
        Instant now = Instant.now().plus(clockSkew);
        Dc09Frame frame;
        try {
            frame = Dc09MessageDecoder.readFrame(buf, off, len);
        } catch (Dc09Exception e) {
            problems.add(e.getMessage());
            return e.rejection() == Rejection.MALFORMED ? null : Dc09Encoder.nak(now, org.vaka.protocol.dc09.CrcFormat.HEX);
        }
        Dc09Message message;
        try {
            message = Dc09MessageDecoder.open(frame, key, now, TimeWindow.STANDARD, false);
        } catch (Dc09Exception e) {
            if (e.rejection() != Rejection.OUTSIDE_TIME_WINDOW) {
                problems.add(e.getMessage());
            }
            naks.incrementAndGet();
            return e.rejection().reply() == Rejection.Reply.NAK ? Dc09Encoder.nak(now, frame.crcFormat())
                    : Dc09Encoder.duh(frame);
        }
        received.add(message);
        switch (mode) {
            case SILENT -> {
                return null;
            }
            case NAK_FIRST -> {
                if (firstOfPath) {
                    naks.incrementAndGet();
                    return Dc09Encoder.nak(now, frame.crcFormat());
                }
            }
            default -> { }
        }
        acks.incrementAndGet();
        ackedSignals.add(frame.account() + "," + frame.sequence());
        synchronized (pads) {
            return Dc09Encoder.ack(frame, key, now, pads);
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        if (server != null) {
            server.close();
            synchronized (sockets) {
                for (Socket socket : sockets) {
                    socket.close();
                }
            }
        }
        if (datagrams != null) {
            datagrams.close();
        }
    }
}
