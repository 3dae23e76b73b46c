package org.vaka.protocol.dc09;

import java.time.Instant;
import java.util.Objects;
import java.util.random.RandomGenerator;

/** Builds frames: what a panel sends, and the receiver's ACK, NAK and DUH. Upper-case hex throughout. */
public final class Dc09Encoder {

    private static final int MAX_SEQUENCE = 9999;

    private Dc09Encoder() {
    }

    /**
     * Panel side: a whole frame LF..CR. With a key: token gets '*', random pad from padSource (never | [ ]),
     * timestamp required.
     */
    public static byte[] encode(Dc09Outgoing message, AesKey keyOrNull, RandomGenerator padSource) {
        return encode(message, keyOrNull, padSource, CrcFormat.HEX);
    }

    /** As {@link #encode(Dc09Outgoing, AesKey, RandomGenerator)}, optionally with a binary CRC (Lupusec style). */
    public static byte[] encode(Dc09Outgoing message, AesKey keyOrNull, RandomGenerator padSource, CrcFormat crcFormat) {
        Objects.requireNonNull(message, "message");
        String pad = null;
        if (keyOrNull != null) {
            Objects.requireNonNull(padSource, "padSource is needed to encrypt");
            pad = Pad.random(Pad.length(encryptedRestLength(message)), padSource);
        }
        return encode(message, keyOrNull, pad, crcFormat);
    }

    /** With a fixed pad, so that tests can reproduce published ciphertexts; real senders must randomise it. */
    static byte[] encode(Dc09Outgoing message, AesKey keyOrNull, String pad, CrcFormat crcFormat) {
        Objects.requireNonNull(crcFormat, "crcFormat");
        String token = check(message);
        StringBuilder sb = new StringBuilder(64 + message.data().length());
        sb.append('"');
        if (keyOrNull != null) {
            sb.append('*');
        }
        sb.append(token).append('"');
        appendSequence(sb, message.sequence());
        if (message.receiver() != null) {
            sb.append('R').append(message.receiver());
        }
        if (message.line() != null) {
            sb.append('L').append(message.line());
        }
        sb.append('#').append(message.account()).append('[');
        if (keyOrNull == null) {
            appendRest(sb, message);
        } else {
            if (message.timestamp() == null) {
                throw new IllegalArgumentException("Encrypted messages need a timestamp");
            }
            StringBuilder rest = new StringBuilder(message.data().length() + 32).append('|');
            appendRest(rest, message);
            appendEncrypted(sb, keyOrNull, pad, rest.toString());
        }
        return FrameWriter.frame(sb, crcFormat);
    }

    /** Receiver side: ACK (or *ACK with a fresh pad, '|', ']' and the receiver's time, when the frame was encrypted). */
    public static byte[] ack(Dc09Frame frame, AesKey keyOrNull, Instant now, RandomGenerator padSource) {
        Objects.requireNonNull(frame, "frame");
        if (!frame.encrypted()) {
            return ack(frame, null, now, (String) null);
        }
        Objects.requireNonNull(padSource, "padSource is needed for an encrypted ACK");
        return ack(frame, keyOrNull, now, Pad.random(Pad.length(ackRestLength()), padSource));
    }

    static byte[] ack(Dc09Frame frame, AesKey keyOrNull, Instant now, String pad) {
        StringBuilder sb = new StringBuilder(48);
        if (!frame.encrypted()) {
            sb.append("\"ACK\"").append(frame.header()).append("[]");
            return FrameWriter.frame(sb, frame.crcFormat());
        }
        if (keyOrNull == null) {
            throw new IllegalArgumentException("An encrypted frame needs an encrypted ACK, so the account key is required");
        }
        Objects.requireNonNull(now, "now");
        sb.append("\"*ACK\"").append(frame.header()).append('[');
        // Abus Secvest rejects an *ACK without pad and '|', so the full form is always sent.
        appendEncrypted(sb, keyOrNull, pad, Dc09Time.append(new StringBuilder("|]"), now).toString());
        return FrameWriter.frame(sb, frame.crcFormat());
    }

    /** NAK with the receiver's time: "NAK"0000R0L0A0[]_HH:MM:SS,MM-DD-YYYY, in the frame's CRC format. */
    public static byte[] nak(Instant now, CrcFormat crcFormat) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(crcFormat, "crcFormat");
        return FrameWriter.frame(Dc09Time.append(new StringBuilder("\"NAK\"0000R0L0A0[]"), now), crcFormat);
    }

    /** DUH echoing the header: "DUH"&lt;header&gt;[] (never encrypted, as all known receivers do). */
    public static byte[] duh(Dc09Frame frame) {
        Objects.requireNonNull(frame, "frame");
        return FrameWriter.frame(new StringBuilder("\"DUH\"").append(frame.header()).append("[]"), frame.crcFormat());
    }

    /** CRC-16/ARC, as used by DC-09. */
    public static int crc16(byte[] buf, int off, int len) {
        Objects.checkFromIndexSize(off, len, buf.length);
        return Crc16.compute(buf, off, len);
    }

    private static void appendEncrypted(StringBuilder sb, AesKey key, String pad, String rest) {
        Pad.check(pad, rest.length());
        byte[] plain = FrameWriter.bytes(new StringBuilder(pad.length() + rest.length()).append(pad).append(rest));
        Hex.appendUpper(sb, AesCbc.encrypt(key, plain));
    }

    // data]  [x]...  _timestamp
    private static void appendRest(StringBuilder sb, Dc09Outgoing message) {
        sb.append(message.data()).append(']');
        for (String block : message.extended()) {
            sb.append('[').append(block).append(']');
        }
        if (message.timestamp() != null) {
            Dc09Time.append(sb, message.timestamp());
        }
    }

    private static int encryptedRestLength(Dc09Outgoing message) {
        int n = 1 + message.data().length() + 1 + Dc09Time.LENGTH;
        for (String block : message.extended()) {
            n += block.length() + 2;
        }
        return n;
    }

    private static int ackRestLength() {
        return 2 + Dc09Time.LENGTH;
    }

    private static void appendSequence(StringBuilder sb, int sequence) {
        String digits = Integer.toString(sequence);
        sb.append("0000", digits.length(), 4).append(digits);
    }

    private static String check(Dc09Outgoing m) {
        String token = Objects.requireNonNull(m.token(), "token");
        if (token.startsWith("*")) {
            token = token.substring(1);
        }
        if (token.isEmpty() || token.indexOf('"') >= 0) {
            throw new IllegalArgumentException("Invalid token '" + m.token() + "'");
        }
        if (m.sequence() < 0 || m.sequence() > MAX_SEQUENCE) {
            throw new IllegalArgumentException("The sequence number must be 0-9999, not " + m.sequence());
        }
        checkHex("receiver", m.receiver(), 1, 6);
        checkHex("line", m.line(), 0, 6);
        String account = Objects.requireNonNull(m.account(), "account");
        if (!account.isEmpty()) {
            checkHex("account", account, 3, 16);
        }
        checkText("data", m.data());
        for (String block : m.extended()) {
            checkText("extended data", Objects.requireNonNull(block, "extended block"));
        }
        return token;
    }

    private static void checkHex(String what, String value, int min, int max) {
        if (value == null) {
            return;
        }
        boolean hex = value.chars().allMatch(Hex::isHex);
        if (!hex || value.length() < min || value.length() > max) {
            throw new IllegalArgumentException("The " + what + " must be " + min + " to " + max + " hex digits, not '" + value + "'");
        }
    }

    // A ']' would end the block early and CR/LF would end the frame when a receiver scans for them.
    private static void checkText(String what, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ']' || c == '\r' || c == '\n' || c > 0xFF) {
                throw new IllegalArgumentException("The " + what + " may not contain ']', CR, LF or characters beyond one byte: '"
                        + value + "'");
            }
        }
    }
}
