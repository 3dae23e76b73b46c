package org.vaka.server.portal.registration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A random token handed out once (in a link or to the registering browser) and stored only as its SHA-256: 256
 * random bits leave nothing to guess that a slow hash would protect, and a database dump opens nothing.
 */
public record SecretToken(String token, String hash) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static SecretToken random() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new SecretToken(token, hashOf(token));
    }

    /** A six-digit one-time code; its hash is stored with bcrypt by the caller, as six digits are few. */
    public static String code() {
        return "%06d".formatted(RANDOM.nextInt(1_000_000));
    }

    public static String hashOf(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((token == null ? "" : token).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
