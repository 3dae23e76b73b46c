package org.vaka.sim;

import java.time.Instant;
import org.vaka.protocol.dc09.AesKey;
import org.vaka.protocol.dc09.Dc09Exception;
import org.vaka.protocol.dc09.Dc09Frame;
import org.vaka.protocol.dc09.Dc09Message;
import org.vaka.protocol.dc09.Dc09MessageDecoder;

/**
 * Judges a reply the way a strict panel would (dc09_spt and fioletoven check CRC, length and the echoed sequence
 * and account). Being strict is the point: the simulator is also a conformance check of the receiver.
 * Not thread-safe; one per event loop, because it keeps the details of the last judgement in fields.
 */
final class ReplyCheck {

    private long nakEpochSecond;
    private String problem;

    ReplyKind judge(byte[] buf, int off, int len, boolean awaiting, String sequence, String account, AesKey key) {
        problem = null;
        Dc09Frame frame;
        try {
            frame = Dc09MessageDecoder.readFrame(buf, off, len);
        } catch (Dc09Exception e) {
            return invalid("unreadable reply: " + e.getMessage());
        }
        switch (frame.token()) {
            case "NAK" -> {
                if (!awaiting) {
                    return ReplyKind.STALE;
                }
                nakEpochSecond = Long.MIN_VALUE;
                try {
                    Dc09Message message = Dc09MessageDecoder.open(frame, null, Instant.now(), null, false);
                    if (message.timestamp() != null) {
                        nakEpochSecond = message.timestamp().getEpochSecond();
                    }
                } catch (Dc09Exception e) {
                    // a NAK without a readable time is still a NAK; the panel just cannot fix its clock from it
                }
                return ReplyKind.NAK;
            }
            case "ACK", "DUH" -> {
                if (!awaiting || !sequence.equals(frame.sequence())) {
                    return ReplyKind.STALE;
                }
                if (!account.equals(frame.account())) {
                    return invalid("reply for account '" + frame.account() + "' on the line of " + account);
                }
                if (frame.token().equals("DUH")) {
                    return ReplyKind.DUH;
                }
                if (key == null) {
                    return frame.encrypted() ? invalid("*ACK to an unencrypted frame") : ReplyKind.ACK;
                }
                if (!frame.encrypted()) {
                    return invalid("plain ACK to an encrypted frame (the standard asks for *ACK)");
                }
                try {
                    // only whether it decrypts with our key; its clock is the receiver's business
                    Dc09MessageDecoder.open(frame, key, Instant.now(), null, false);
                    return ReplyKind.ACK;
                } catch (Dc09Exception e) {
                    return invalid("*ACK does not open with the panel's key: " + e.getMessage());
                }
            }
            default -> {
                return invalid("unexpected reply token " + frame.token());
            }
        }
    }

    /** The receiver's clock from the last NAK, or Long.MIN_VALUE when it had none. */
    long nakEpochSecond() {
        return nakEpochSecond;
    }

    /** Why the last reply was INVALID. */
    String problem() {
        return problem;
    }

    private ReplyKind invalid(String why) {
        problem = why;
        return ReplyKind.INVALID;
    }
}
