package org.vaka.sim.fleet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.vaka.protocol.dc09.AesKey;
import org.vaka.protocol.dc09.Dc09Encoder;
import org.vaka.protocol.dc09.Dc09Exception;
import org.vaka.protocol.dc09.Dc09Frame;
import org.vaka.protocol.dc09.Dc09FrameDecoder;
import org.vaka.protocol.dc09.Dc09MessageDecoder;
import org.vaka.protocol.dc09.Dc09Outgoing;

/**
 * A panel's line to the receiver, as a real IP communicator keeps it: one TCP connection, one frame in
 * flight, the same frame again until it is ACKed, a fresh connection when the old one fails. Blocking by
 * design: a demo fleet has a handful of panels, each on a virtual thread of its own.
 */
final class ReportingLink implements AutoCloseable {

    private static final int REPLY_TIMEOUT_MILLIS = 5_000;

    private final String host;
    private final int port;
    private final String account;
    private final AesKey key;
    private final Clock clock;
    private final Dc09FrameDecoder decoder = new Dc09FrameDecoder();
    private Socket socket;
    private int sequence;

    ReportingLink(String host, int port, String account, AesKey key, Clock clock) {
        this.host = host;
        this.port = port;
        this.account = account;
        this.key = key;
        this.clock = clock;
    }

    /** Sends one SIA-DCS data block on the path and returns once it is ACKed; retries until then. */
    void report(String data, String path) throws InterruptedException {
        sequence = sequence % 9999 + 1;
        deliver("SIA-DCS", sequence, data, path);
    }

    /** A NULL link test, so the receiver's supervision sees the path alive. */
    void linkTest(String path) throws InterruptedException {
        deliver("NULL", 0, "", path);
    }

    private void deliver(String token, int seq, String data, String path) throws InterruptedException {
        long pause = 500;
        while (true) {
            // Rebuilt for each try: the timestamp must be fresh, and an encrypted frame gets a new pad.
            byte[] frame = Dc09Encoder.encode(new Dc09Outgoing(token, seq, "0", "0", account, data,
                    List.of("J" + path), clock.instant()), key, ThreadLocalRandom.current());
            try {
                if (acked(send(frame), seq)) {
                    return;
                }
            } catch (IOException e) {
                closeQuietly();
            }
            Thread.sleep(pause); // a panel's back-off between attempts, not a test wait
            pause = Math.min(pause * 2, 30_000);
        }
    }

    private byte[] send(byte[] frame) throws IOException {
        if (socket == null || socket.isClosed()) {
            socket = new Socket();
            socket.connect(new InetSocketAddress(host, port), REPLY_TIMEOUT_MILLIS);
            socket.setSoTimeout(REPLY_TIMEOUT_MILLIS);
            socket.setTcpNoDelay(true);
        }
        OutputStream out = socket.getOutputStream();
        out.write(frame);
        out.flush();
        return readReply(socket.getInputStream());
    }

    private byte[] readReply(InputStream in) throws IOException {
        byte[] buf = new byte[8192];
        int length = 0;
        while (length < buf.length) {
            int n = in.read(buf, length, buf.length - length);
            if (n < 0) {
                throw new IOException("the receiver closed the connection");
            }
            length += n;
            Dc09FrameDecoder.Scan scan = decoder.scan(buf, 0, length);
            if (scan.kind() == Dc09FrameDecoder.Scan.Kind.FRAME) {
                return Arrays.copyOfRange(buf, scan.start(), scan.end());
            }
        }
        throw new IOException("no whole reply in " + buf.length + " bytes");
    }

    private static boolean acked(byte[] reply, int seq) {
        try {
            Dc09Frame frame = Dc09MessageDecoder.readFrame(reply);
            return "ACK".equals(frame.token()) && Integer.parseInt(frame.sequence()) == seq;
        } catch (Dc09Exception | NumberFormatException e) {
            return false; // a NAK or DUH, or noise: send again, as a panel does
        }
    }

    private void closeQuietly() {
        try {
            if (socket != null) {
                socket.close();
            }
        } catch (IOException ignored) {
            // already broken
        }
        socket = null;
    }

    @Override
    public void close() {
        closeQuietly();
    }
}
