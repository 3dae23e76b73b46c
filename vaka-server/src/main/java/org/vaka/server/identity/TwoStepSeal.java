package org.vaka.server.identity;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Seals TOTP secrets with AES-GCM before they are stored. The key is {@code vaka.identity.two-step-key} (base64 of 32
 * bytes, VAKA_IDENTITY_TWO_STEP_KEY) where set, which keeps a stolen database from opening anything; where it is not,
 * a key is made on first use and kept in its own table, which still keeps secrets out of exports and logs of the
 * two-step table but no more: production sets the key.
 */
@Component
class TwoStepSeal {

    private static final int NONCE_BYTES = 12;

    private final JdbcClient jdbc;
    private final String configuredKey;
    private final SecureRandom random = new SecureRandom();
    private volatile SecretKeySpec key;

    TwoStepSeal(JdbcClient jdbc, @Value("${vaka.identity.two-step-key:}") String configuredKey) {
        this.jdbc = jdbc;
        this.configuredKey = configuredKey.strip();
    }

    String seal(byte[] secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(secret);
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a two-step secret", e);
        }
    }

    byte[] open(String sealed) {
        byte[] in = Base64.getDecoder().decode(sealed);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, in, 0, NONCE_BYTES));
            return cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a two-step secret does not open with this key (was the key changed?)", e);
        }
    }

    private SecretKeySpec key() {
        if (key == null) {
            byte[] bytes = Base64.getDecoder().decode(configuredKey.isEmpty() ? storedKey() : configuredKey);
            if (bytes.length != 32) {
                throw new IllegalStateException("vaka.identity.two-step-key must be the base64 of 32 bytes");
            }
            key = new SecretKeySpec(bytes, "AES");
        }
        return key;
    }

    private String storedKey() {
        var found = jdbc.sql("select sealing_key from two_step_key where id = 1").query(String.class).optional();
        if (found.isPresent()) {
            return found.get();
        }
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        try {
            jdbc.sql("insert into two_step_key (id, sealing_key) values (1, ?)")
                    .param(Base64.getEncoder().encodeToString(fresh)).update();
        } catch (DuplicateKeyException e) {
            // another node made it first: theirs is the key
        }
        return jdbc.sql("select sealing_key from two_step_key where id = 1").query(String.class).single();
    }
}
