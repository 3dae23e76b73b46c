package org.vaka.server.receiver;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Component;
import org.vaka.protocol.dc09.Dc09Encoder;
import org.vaka.protocol.dc09.Dc09Exception;
import org.vaka.protocol.dc09.Dc09Frame;
import org.vaka.protocol.dc09.Dc09Message;
import org.vaka.protocol.dc09.Dc09MessageDecoder;
import org.vaka.protocol.dc09.Rejection;
import org.vaka.protocol.dc09.TimeWindow;
import org.vaka.protocol.event.AlarmEvent;
import org.vaka.protocol.event.EventDecoder;
import org.vaka.server.signals.IncomingSignal;
import org.vaka.server.signals.IncomingSignal.Transport;
import org.vaka.server.signals.SignalLog;
import org.vaka.server.sites.PanelAccount;
import org.vaka.server.sites.PanelAccounts;

/**
 * What the receiver does with one frame, whatever carried it: check it, find its account, open it,
 * make it durable, and only then answer ACK. Everything it refuses gets the reply the standard
 * prescribes, is counted and logged, and stores nothing.
 */
@Component
class SignalIntake {

    /** Frames this receiver answers but never stores: replies a confused peer sent us. */
    private static final List<String> REPLY_TOKENS = List.of("ACK", "NAK", "DUH", "RSP");
    private static final String DEFAULT_PATH = "PRIMARY";

    private final PanelAccounts accounts;
    private final SignalLog log;
    private final Supervision supervision;
    private final ReceiverStats stats;
    private final RejectionLog rejections;
    private final Clock clock;
    private final TimeWindow window;
    private final int maxFrameBytes;

    SignalIntake(PanelAccounts accounts, SignalLog log, Supervision supervision, ReceiverStats stats,
                 RejectionLog rejections, Clock clock, ReceiverSettings settings) {
        this.accounts = accounts;
        this.log = log;
        this.supervision = supervision;
        this.stats = stats;
        this.rejections = rejections;
        this.clock = clock;
        this.window = new TimeWindow(settings.timeWindowBehind(), settings.timeWindowAhead());
        this.maxFrameBytes = settings.maxFrameBytes();
    }

    /**
     * @param answering where the answer is built once the log has committed: the connection's own event
     *                  loop, so building (and encrypting) ACKs never holds up the log's single writer
     * @return the bytes to send back, completed once the signal is durable; completes with null when
     *         nothing must be sent (a reply token from a confused peer).
     */
    CompletableFuture<byte[]> handle(byte[] frameBytes, Transport transport, String remote, Executor answering) {
        stats.frame();
        Instant now = clock.instant();
        Dc09Frame frame;
        try {
            frame = Dc09MessageDecoder.readFrame(frameBytes);
        } catch (Dc09Exception e) {
            Dc09Frame partial = e.frame().orElse(null);
            return CompletableFuture.completedFuture(refuse(e.rejection(), e.getMessage(), partial, remote, now,
                    partial != null ? partial.crcFormat() : sniffBinaryCrc(frameBytes)));
        }
        if (REPLY_TOKENS.contains(frame.token())) {
            rejections.log(Rejection.UNSUPPORTED_TOKEN, "a " + frame.token() + " frame was sent to the receiver",
                    frame.account(), remote, "no reply");
            stats.rejected(Rejection.UNSUPPORTED_TOKEN);
            return CompletableFuture.completedFuture(null);
        }
        Optional<PanelAccount> found = accounts.match(frame.account(), frame.receiver(), frame.line());
        if (found.isEmpty()) {
            return CompletableFuture.completedFuture(refuse(Rejection.UNKNOWN_ACCOUNT,
                    "no panel account " + frame.account() + describeHeader(frame) + " is registered", frame, remote, now,
                    frame.crcFormat()));
        }
        PanelAccount account = found.get();
        if (account.encrypted() && !frame.encrypted()) {
            return CompletableFuture.completedFuture(refuse(Rejection.UNEXPECTED_PLAINTEXT,
                    "account " + account.account() + " is set up for AES; a plain-text frame is refused", frame, remote,
                    now, frame.crcFormat()));
        }
        Dc09Message message;
        try {
            message = Dc09MessageDecoder.open(frame, account.key(), now, window, false);
        } catch (Dc09Exception e) {
            return CompletableFuture.completedFuture(refuse(e.rejection(), e.getMessage(), frame, remote, now,
                    frame.crcFormat()));
        }
        String path = message.extended('J').map(p -> p.strip().toUpperCase(Locale.ROOT))
                .filter(p -> !p.isEmpty()).map(p -> p.length() > 16 ? p.substring(0, 16) : p).orElse(DEFAULT_PATH);
        if (message.isLinkTest()) {
            // A link test proves the path works; it is supervision, not a signal for the log.
            stats.linkTest();
            supervision.heard(account, path, now);
            stats.acked();
            return CompletableFuture.completedFuture(Dc09Encoder.ack(frame, account.key(), now, ThreadLocalRandom.current()));
        }
        IncomingSignal signal = toSignal(account, message, path, transport, remote, now);
        return log.append(signal).handleAsync((appended, failure) -> {
            if (failure != null) {
                stats.unavailable();
                rejections.log(null, "not stored, the panel will resend: " + rootMessage(failure), account.account(), remote, "NAK");
                return Dc09Encoder.nak(clock.instant(), frame.crcFormat());
            }
            supervision.heard(account, path, now);
            stats.acked();
            return Dc09Encoder.ack(frame, account.key(), clock.instant(), ThreadLocalRandom.current());
        }, answering);
    }

    /** A frame too long to keep: the splitter dropped it, this answers and records it like any refusal. */
    byte[] oversized(int bytes, String remote) {
        stats.frame();
        return refuse(Rejection.OVERSIZED, "dropped " + bytes + " bytes of a frame longer than the " + maxFrameBytes
                + " bytes accepted (vaka.receiver.max-frame-bytes)", null, remote, clock.instant(),
                org.vaka.protocol.dc09.CrcFormat.HEX);
    }

    private byte[] refuse(Rejection rejection, String why, Dc09Frame frame, String remote, Instant now,
                          org.vaka.protocol.dc09.CrcFormat crcFormat) {
        stats.rejected(rejection);
        // DUH echoes the frame's header; without a readable header the only answer left is NAK.
        boolean duh = rejection.reply() == Rejection.Reply.DUH && frame != null;
        rejections.log(rejection, why, frame == null ? null : frame.account(), remote, duh ? "DUH" : "NAK");
        return duh ? Dc09Encoder.duh(frame) : Dc09Encoder.nak(now, crcFormat);
    }

    private static IncomingSignal toSignal(PanelAccount account, Dc09Message message, String path, Transport transport,
                                           String remote, Instant now) {
        Dc09Frame frame = message.frame();
        List<AlarmEvent> events = EventDecoder.decode(message);
        AlarmEvent first = events.isEmpty() ? null : events.getFirst();
        String extended = message.extended().isEmpty() ? null
                : "[" + String.join("][", message.extended()) + "]";
        return new IncomingSignal(account.tenantId(), account.id(), account.account(), frame.sequence(), frame.token(),
                frame.encrypted(), frame.receiver(), frame.line(), path, transport, remote,
                first == null ? null : clip(first.code(), 8), first == null ? null : clip(first.meaning(), 100),
                first == null ? null : first.category().name(), first != null && first.restore(),
                first == null || first.known(), first == null ? null : clip(first.zone(), 8),
                first == null ? null : clip(first.user(), 8), first == null ? null : clip(first.partition(), 8),
                events.size(), clip(message.data(), 4000), clip(extended, 4000), message.timestamp(), now, false);
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static String describeHeader(Dc09Frame frame) {
        return (frame.receiver() == null ? "" : " R" + frame.receiver()) + (frame.line() == null ? "" : " L" + frame.line());
    }

    /** A frame too broken to parse still deserves a NAK in the CRC notation it used. */
    private static org.vaka.protocol.dc09.CrcFormat sniffBinaryCrc(byte[] frame) {
        int lf = frame.length > 0 && frame[0] == '\n' ? 1 : 0;
        boolean hexAt = frame.length > lf + 8 && frame[lf + 8] == '"';
        boolean binaryAt = frame.length > lf + 6 && frame[lf + 6] == '"';
        return !hexAt && binaryAt ? org.vaka.protocol.dc09.CrcFormat.BINARY : org.vaka.protocol.dc09.CrcFormat.HEX;
    }

    private static String rootMessage(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
