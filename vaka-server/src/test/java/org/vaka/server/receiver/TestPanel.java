package org.vaka.server.receiver;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

import org.vaka.protocol.dc09.AesKey;
import org.vaka.protocol.dc09.Dc09Encoder;
import org.vaka.protocol.dc09.Dc09FrameDecoder;
import org.vaka.protocol.dc09.Dc09Outgoing;

/** A panel for tests: real sockets on loopback, one frame out, one reply back. */
final class TestPanel implements AutoCloseable {

    private static final RandomGenerator PADS = RandomGenerator.of("L64X128MixRandom");

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final Dc09FrameDecoder decoder = new Dc09FrameDecoder(Dc09FrameDecoder.DEFAULT_MAX_FRAME_BYTES);
    private byte[] pending = new byte[0];

    TestPanel(int port) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(10_000);
        socket.setTcpNoDelay(true);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    static byte[] frame(String token, int seq, String account, String data, AesKey key, Instant time) {
        return frame(token, seq, "0", "0", account, data, List.of(), key, time);
    }

    static byte[] frame(String token, int seq, String receiver, String line, String account, String data,
                        List<String> extended, AesKey key, Instant time) {
        return Dc09Encoder.encode(new Dc09Outgoing(token, seq, receiver, line, account, data, extended, time), key, PADS);
    }

    void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    byte[] send(byte[] frame) throws IOException {
        sendRaw(frame);
        return reply();
    }

    /** The next whole frame the receiver sends. */
    byte[] reply() throws IOException {
        byte[] buf = new byte[8192];
        while (true) {
            if (pending.length > 0) {
                Dc09FrameDecoder.Scan scan = decoder.scan(pending, 0, pending.length);
                if (scan.kind() == Dc09FrameDecoder.Scan.Kind.FRAME) {
                    byte[] frame = Arrays.copyOfRange(pending, scan.start(), scan.end());
                    pending = Arrays.copyOfRange(pending, scan.end(), pending.length);
                    return frame;
                }
            }
            int n = in.read(buf);
            if (n < 0) {
                throw new IOException("the receiver closed the connection");
            }
            byte[] joined = Arrays.copyOf(pending, pending.length + n);
            System.arraycopy(buf, 0, joined, pending.length, n);
            pending = joined;
        }
    }

    boolean closedByReceiver() {
        try {
            return in.read() < 0;
        } catch (IOException e) {
            return true;
        }
    }

    static byte[] sendUdp(int port, byte[] frame) throws IOException {
        try (DatagramSocket udp = new DatagramSocket()) {
            udp.setSoTimeout(10_000);
            udp.send(new DatagramPacket(frame, frame.length, InetAddress.getLoopbackAddress(), port));
            DatagramPacket reply = new DatagramPacket(new byte[4096], 4096);
            udp.receive(reply);
            return Arrays.copyOf(reply.getData(), reply.getLength());
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
