package org.vaka.server.identity;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time codes as authenticator apps make them: RFC 6238 over RFC 4226 (HMAC-SHA1, 30-second steps,
 * six digits). A code is accepted one step either side of now, since a phone's clock drifts and people type slowly.
 */
public final class Totp {

    public static final int STEP_SECONDS = 30;
    public static final int DIGITS = 6;
    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Totp() {
    }

    /** The time step an instant falls in (RFC 6238's T, from the Unix epoch). */
    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The six-digit code for the step that instant falls in. */
    public static String codeAt(byte[] secret, Instant at) {
        return code(secret, step(at), DIGITS);
    }

    /** RFC 4226's HOTP value for a counter, with that many digits. */
    static String code(byte[] secret, long counter, int digits) {
        byte[] hash;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            hash = mac.doFinal(ByteBuffer.allocate(8).putLong(counter).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA1", e);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16) | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        return String.format("%0" + digits + "d", binary % POWERS[digits]);
    }

    /**
     * Which step, of the one now falls in and its two neighbours, the code belongs to.
     *
     * @return empty when it is none of them
     */
    public static OptionalLong matchingStep(byte[] secret, String code, Instant now) {
        long current = step(now);
        for (long step = current - 1; step <= current + 1; step++) {
            if (java.security.MessageDigest.isEqual(code(secret, step, DIGITS).getBytes(), code.getBytes())) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }
}
