package org.vaka.protocol.dc09;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.vaka.protocol.dc09.FrameLayout.CR;
import static org.vaka.protocol.dc09.FrameLayout.LF;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** Reads and opens DC-09 frames. Stateless and thread-safe. */
public final class Dc09MessageDecoder {

    private static final int AES_BLOCK = 16;

    private Dc09MessageDecoder() {
    }

    public static Dc09Frame readFrame(byte[] frame) throws Dc09Exception {
        return readFrame(frame, 0, frame.length);
    }

    /** Checks LF/CR, CRC (hex or binary), length, token, sequence, R/L/# header; nothing decrypted yet. */
    public static Dc09Frame readFrame(byte[] buf, int off, int len) throws Dc09Exception {
        Objects.checkFromIndexSize(off, len, buf.length);
        if (len == 0) {
            throw malformed("The frame is empty");
        }
        if (buf[off] != LF) {
            throw malformed("A frame starts with LF (0x0A) but this one starts with " + FrameText.preview(buf, off, off + len));
        }
        int cr = off + len - 1;
        if (len < 2 || buf[cr] != CR) {
            throw malformed("A frame ends with CR (0x0D) but this one ends with " + FrameText.byteName(buf[cr]));
        }
        int crcLength = FrameLayout.crcLength(buf, off, cr);
        if (crcLength <= 0) {
            throw malformed("After the LF a frame has a CRC (4 hex digits or 2 bytes), a length 0LLL and '\"', but this one has "
                    + FrameText.preview(buf, off + 1, cr));
        }
        int quote = FrameLayout.coveredStart(off, crcLength);
        int covered = cr - quote;
        if (covered > FrameLayout.MAX_COVERED) {
            throw new Dc09Exception(Rejection.OVERSIZED, "The frame holds " + covered
                    + " bytes after the length field; 0LLL cannot express more than 4095 (0xFFF)");
        }
        int crc = Crc16.compute(buf, quote, covered);
        int sent = crcLength == FrameLayout.HEX_CRC
                ? Hex.parse(buf, off + 1, 4)
                : (buf[off + 1] & 0xFF) << 8 | buf[off + 2] & 0xFF;
        if (crc != sent) {
            throw new Dc09Exception(Rejection.BAD_CRC, String.format("CRC is 0x%04X but the frame says 0x%04X", crc, sent));
        }
        int declared = Hex.parse(buf, quote - 4, 4);
        if (declared != covered) {
            throw new Dc09Exception(Rejection.BAD_LENGTH, String.format(
                    "Length field says 0x%04X (%d bytes) but %d bytes (0x%04X) lie between the '\"' and the CR",
                    declared, declared, covered, covered));
        }
        return FrameHeaderReader.read(buf, quote, cr, FrameLayout.format(crcLength));
    }

    /**
     * Decrypts (when encrypted; key required then, MISSING_KEY otherwise), splits data/extended/timestamp.
     * Encrypted frames need a timestamp inside [now - behind, now + ahead] (OUTSIDE_TIME_WINDOW otherwise);
     * plain frames are checked only when enforceOnPlain is true. window null = no check at all.
     *
     * <p>A key given for a plain frame is ignored: whether an account may send unencrypted is the
     * caller's policy (reject with {@link Rejection#UNEXPECTED_PLAINTEXT}).
     */
    public static Dc09Message open(Dc09Frame frame, AesKey keyOrNull, Instant now, TimeWindow window,
                                   boolean enforceOnPlain) throws Dc09Exception {
        Objects.requireNonNull(frame, "frame");
        boolean check = window != null && (frame.encrypted() || enforceOnPlain);
        if (check) {
            Objects.requireNonNull(now, "now is needed to check the time window");
        }
        String body = frame.body();
        if (body == null || body.isEmpty() || body.charAt(0) != '[') {
            throw new Dc09Exception(Rejection.MALFORMED, "The body must start with '['", frame);
        }
        Dc09Message message = frame.encrypted()
                ? BodySplitter.split(frame, decrypt(frame, keyOrNull), 0, keyOrNull, check)
                : BodySplitter.split(frame, body, 1, null, check);
        if (check) {
            checkTime(message, now, window);
        }
        return message;
    }

    private static String decrypt(Dc09Frame frame, AesKey key) throws Dc09Exception {
        if (key == null) {
            throw new Dc09Exception(Rejection.MISSING_KEY, "The frame is encrypted (\"*" + frame.token()
                    + "\") but no AES key is configured for account '" + frame.account() + "'", frame);
        }
        String body = frame.body();
        int hexLength = body.length() - 1;
        if (hexLength == 0 || hexLength % (2 * AES_BLOCK) != 0) {
            throw new Dc09Exception(Rejection.MALFORMED, "Encrypted data must be hex in whole AES blocks (a multiple of 32 characters) but has "
                    + hexLength + " characters", frame);
        }
        byte[] ciphertext = Hex.decode(body, 1, body.length());
        if (ciphertext == null) {
            throw new Dc09Exception(Rejection.MALFORMED, "Encrypted data must be hex digits only, but the body is "
                    + FrameText.preview(body.getBytes(ISO_8859_1), 0, body.length()), frame);
        }
        return new String(AesCbc.decrypt(key, ciphertext), ISO_8859_1);
    }

    private static void checkTime(Dc09Message message, Instant now, TimeWindow window) throws Dc09Exception {
        Instant time = message.timestamp();
        if (time == null) {
            throw new Dc09Exception(Rejection.MISSING_TIMESTAMP, message.frame().encrypted()
                    ? "Encrypted messages must end with _HH:MM:SS,MM-DD-YYYY, but this one has no timestamp"
                    : "The message has no timestamp, and the time window is enforced for plain messages", message.frame());
        }
        if (time.isBefore(now.minus(window.behind())) || time.isAfter(now.plus(window.ahead()))) {
            long skew = Duration.between(now, time).getSeconds();
            throw new Dc09Exception(Rejection.OUTSIDE_TIME_WINDOW, "Message time " + time + " is " + Math.abs(skew) + " s "
                    + (skew < 0 ? "behind" : "ahead of") + " the receiver clock " + now + "; allowed are "
                    + window.behind().getSeconds() + " s behind and " + window.ahead().getSeconds() + " s ahead", message.frame());
        }
    }

    private static Dc09Exception malformed(String message) {
        return new Dc09Exception(Rejection.MALFORMED, message);
    }
}
