package org.vaka.sim;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.vaka.protocol.dc09.Dc09FrameDecoder;

/**
 * One simulated alarm panel, behaving like a real IP communicator: one link, one message in flight, the same
 * frame (same sequence, same bytes) again when no reply comes, a clock corrected from the receiver's NAK, and a
 * reconnect with growing pauses when the connection drops. Driven entirely by its {@link EventLoop}'s thread.
 */
final class VirtualPanel {

    static final int MAX_RETRANSMISSIONS = 3;
    private static final int MAX_NAK_RESENDS = 3;
    private static final long CONNECT_TIMEOUT_NANOS = 5_000_000_000L;
    private static final long FIRST_BACKOFF_NANOS = 100_000_000L;
    private static final long MAX_BACKOFF_NANOS = 5_000_000_000L;
    // replies are a few dozen bytes; a *ACK about a hundred
    private static final int REPLY_BUFFER_BYTES = 1024;

    private enum State { DISCONNECTED, CONNECTING, IDLE, AWAITING_REPLY, STOPPED }

    // owned by PanelTimers
    long deadline;
    int heapIndex = -1;

    private final EventLoop loop;
    private final PanelFrames frames;
    private final String account;
    private final PanelLink link;
    private final byte[] in = new byte[REPLY_BUFFER_BYTES];
    private final ByteBuffer inBuffer = ByteBuffer.wrap(in);
    private final Dc09FrameDecoder decoder = new Dc09FrameDecoder(REPLY_BUFFER_BYTES);

    private State state = State.DISCONNECTED;
    private long messageNumber = -1;
    private int sequence;
    private boolean pending;
    private ByteBuffer out;
    private long sentAt;
    private int retransmissions;
    private int nakResends;
    private long clockOffsetSeconds;
    private long nextSendAt;
    private long backoffNanos;

    VirtualPanel(EventLoop loop, PanelFrames frames, PanelLink link) {
        this.loop = loop;
        this.frames = frames;
        this.account = frames.account();
        this.link = link;
    }

    String account() {
        return account;
    }

    void start(long firstSendAt, long now) {
        nextSendAt = firstSendAt;
        connect(now);
    }

    /** The timer this panel set has come: send, give up waiting, or try the connection again. */
    void onDue(long now) {
        switch (state) {
            case CONNECTING -> {
                loop.counters.connectFailures.increment();
                link.close();
                reconnectLater(now);
            }
            case DISCONNECTED -> connect(now);
            case IDLE -> {
                if (loop.sending()) {
                    sendNew(now);
                }
            }
            case AWAITING_REPLY -> replyTimedOut(now);
            case STOPPED -> { }
        }
    }

    void onConnectable(long now) {
        try {
            link.finishConnect();
        } catch (IOException e) {
            loop.counters.connectFailures.increment();
            link.close();
            reconnectLater(now);
            return;
        }
        connected(now);
    }

    void onWritable(long now) {
        try {
            link.flush();
        } catch (IOException e) {
            connectionLost(now);
        }
    }

    void onReadable(long now) {
        if (link.datagrams()) {
            inBuffer.clear();
        }
        int n;
        try {
            n = link.receive(inBuffer);
        } catch (IOException e) {
            connectionLost(now);
            return;
        }
        if (n < 0) {
            connectionLost(now);
            return;
        }
        int length = inBuffer.position();
        int from = 0;
        scanning:
        while (from < length) {
            Dc09FrameDecoder.Scan scan = decoder.scan(in, from, length);
            switch (scan.kind()) {
                case FRAME -> {
                    onReply(scan.start(), scan.end() - scan.start(), now);
                    from = scan.end();
                }
                case INCOMPLETE -> {
                    from = scan.start();
                    break scanning;
                }
                case GARBAGE, OVERSIZED -> {
                    if (scan.end() <= from) {
                        break scanning;
                    }
                    from = scan.end();
                }
            }
        }
        if (link.datagrams() || from >= length) {
            inBuffer.clear();
        } else if (from > 0) {
            System.arraycopy(in, from, in, 0, length - from);
            inBuffer.position(length - from);
        } else if (length == in.length) {
            // a full buffer without a frame end cannot become a reply we would accept
            inBuffer.clear();
        }
    }

    /** The run's sending time is over: no new messages, no reconnects; a reply already on its way may still come. */
    void stopSending() {
        switch (state) {
            case IDLE -> loop.timers.cancel(this);
            case DISCONNECTED, CONNECTING -> {
                loop.timers.cancel(this);
                link.close();
                abandon();
                state = State.STOPPED;
            }
            default -> { }
        }
    }

    void close() {
        loop.timers.cancel(this);
        link.close();
        abandon();
        state = State.STOPPED;
    }

    private void connect(long now) {
        state = State.CONNECTING;
        // half a reply from the old connection must not be glued to the first bytes of the new one
        inBuffer.clear();
        boolean ready;
        try {
            ready = link.open(loop.selector, this);
        } catch (IOException e) {
            loop.counters.connectFailures.increment();
            reconnectLater(now);
            return;
        }
        if (ready) {
            connected(now);
        } else {
            loop.timers.schedule(this, now + CONNECT_TIMEOUT_NANOS);
        }
    }

    private void connected(long now) {
        state = State.IDLE;
        loop.timers.cancel(this);
        if (!loop.sending()) {
            return;
        }
        if (pending) {
            // the message lost with the old connection goes again, as it was
            loop.counters.retransmitted.increment();
            transmit(now);
        } else {
            sendWhenDue(now);
        }
    }

    private void sendWhenDue(long now) {
        if (!loop.sending()) {
            loop.timers.cancel(this);
            return;
        }
        if (nextSendAt - now <= 0) {
            sendNew(now);
        } else {
            loop.timers.schedule(this, nextSendAt);
        }
    }

    private void sendNew(long now) {
        messageNumber++;
        sequence = SequenceNumbers.next(sequence);
        pending = true;
        loop.pendingMessages++;
        retransmissions = 0;
        nakResends = 0;
        long interval = loop.intervalNanos;
        if (interval > 0) {
            nextSendAt += interval;
            // after a stall, go on at the planned pace instead of firing the whole backlog at once
            if (nextSendAt - now < -interval) {
                nextSendAt = now;
            }
        } else {
            nextSendAt = now;
        }
        loop.counters.sent.increment();
        buildFrame();
        transmit(now);
    }

    private void buildFrame() {
        long epochSecond = System.currentTimeMillis() / 1000 + clockOffsetSeconds;
        out = ByteBuffer.wrap(frames.frame(messageNumber, sequence, epochSecond, loop.clockText, loop.padSource));
    }

    private void transmit(long now) {
        sentAt = now;
        state = State.AWAITING_REPLY;
        loop.timers.schedule(this, now + loop.replyTimeoutNanos);
        if (link.stillSending()) {
            // the receiver has not even taken the previous copy; a second one would only interleave with it
            return;
        }
        out.clear();
        try {
            link.send(out);
        } catch (IOException e) {
            connectionLost(now);
        }
    }

    private void replyTimedOut(long now) {
        if (!loop.sending()) {
            abandon();
            state = State.IDLE;
            return;
        }
        if (retransmissions < MAX_RETRANSMISSIONS) {
            retransmissions++;
            loop.counters.retransmitted.increment();
            transmit(now);
        } else {
            loop.counters.unanswered.increment();
            settle(now);
        }
    }

    private void onReply(int off, int len, long now) {
        ReplyCheck check = loop.replyCheck;
        ReplyKind kind = check.judge(in, off, len, state == State.AWAITING_REPLY,
                SequenceNumbers.text(sequence), account, frames.key());
        switch (kind) {
            case ACK -> {
                loop.latencies.recordNanos(now - sentAt);
                loop.counters.acked.increment();
                if (loop.ackedFile != null) {
                    loop.ackedFile.append(account, SequenceNumbers.text(sequence));
                }
                backoffNanos = 0;
                settle(now);
            }
            case NAK -> {
                loop.counters.nakked.increment();
                if (!loop.sending()) {
                    abandon();
                    state = State.IDLE;
                    loop.timers.cancel(this);
                } else if (nakResends < MAX_NAK_RESENDS) {
                    nakResends++;
                    long receiverSecond = check.nakEpochSecond();
                    if (receiverSecond != Long.MIN_VALUE) {
                        // as real panels do: adopt the receiver's clock, so the next timestamp falls inside its window
                        clockOffsetSeconds = receiverSecond - System.currentTimeMillis() / 1000;
                    }
                    buildFrame();
                    loop.counters.retransmitted.increment();
                    transmit(now);
                } else {
                    loop.counters.refused.increment();
                    settle(now);
                }
            }
            case DUH -> {
                loop.counters.duh.increment();
                settle(now);
            }
            case INVALID -> loop.invalidReply(account, check.problem());
            case STALE -> { }
        }
    }

    private void settle(long now) {
        if (pending) {
            pending = false;
            loop.pendingMessages--;
        }
        state = State.IDLE;
        loop.timers.cancel(this);
        sendWhenDue(now);
    }

    private void abandon() {
        if (pending) {
            pending = false;
            loop.pendingMessages--;
            loop.counters.abandoned.increment();
        }
    }

    private void connectionLost(long now) {
        loop.counters.connectionsLost.increment();
        link.close();
        if (!loop.sending()) {
            loop.timers.cancel(this);
            abandon();
            state = State.STOPPED;
            return;
        }
        reconnectLater(now);
    }

    private void reconnectLater(long now) {
        state = State.DISCONNECTED;
        if (!loop.sending()) {
            loop.timers.cancel(this);
            abandon();
            state = State.STOPPED;
            return;
        }
        backoffNanos = backoffNanos == 0 ? FIRST_BACKOFF_NANOS : Math.min(backoffNanos * 2, MAX_BACKOFF_NANOS);
        // spread the reconnects so a restarted server is not hit by every panel in the same millisecond
        long jittered = (long) (backoffNanos * (0.75 + 0.5 * loop.padSource.nextDouble()));
        loop.timers.schedule(this, now + jittered);
    }
}
