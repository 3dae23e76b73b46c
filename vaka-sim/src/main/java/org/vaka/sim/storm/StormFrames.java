package org.vaka.sim.storm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Clock;
import java.util.List;
import java.util.random.RandomGenerator;

import org.vaka.protocol.dc09.Dc09Encoder;
import org.vaka.protocol.dc09.Dc09Outgoing;

/**
 * One DC-09 connection of the storm: sends a frame, waits for the receiver's answer, as a panel does. Plain SIA-DCS:
 * the storm is about the alarm side, not the cipher.
 */
public final class StormFrames implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final Clock clock;
    private final RandomGenerator random = RandomGenerator.of("L64X128MixRandom");

    public StormFrames(String host, int port, Clock clock) throws IOException {
        this.socket = new Socket(host, port);
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(30_000);
        this.out = socket.getOutputStream();
        this.in = new java.io.BufferedInputStream(socket.getInputStream());
        this.clock = clock;
    }

    /** @return whether the receiver ACKed the event */
    public boolean send(String account, int sequence, String event) throws IOException {
        out.write(Dc09Encoder.encode(new Dc09Outgoing("SIA-DCS", sequence, "0", "0", account, "#" + account + "|N" + event,
                List.of(), clock.instant()), null, random));
        out.flush();
        StringBuilder answer = new StringBuilder();
        for (int b = in.read(); b != '\r'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the receiver closed the connection");
            }
            answer.append((char) b);
        }
        return answer.indexOf("\"ACK\"") >= 0;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
