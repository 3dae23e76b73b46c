package org.vaka.protocol.dc09;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;

/**
 * AES/CBC/NoPadding with the zero IV DC-09 prescribes. Cipher lookup and key expansion are the expensive
 * part at tens of thousands of frames per second, so each thread keeps its ciphers and skips {@code init}
 * while the key stays the same ({@code doFinal} resets a cipher to its initialised state).
 */
final class AesCbc {

    private static final IvParameterSpec ZERO_IV = new IvParameterSpec(new byte[16]);
    private static final ThreadLocal<AesCbc> PER_THREAD = ThreadLocal.withInitial(AesCbc::new);

    private final Cipher decryptor = newCipher();
    private final Cipher encryptor = newCipher();
    private AesKey decryptKey;
    private AesKey encryptKey;

    private AesCbc() {
    }

    static byte[] decrypt(AesKey key, byte[] ciphertext) {
        AesCbc self = PER_THREAD.get();
        try {
            if (!key.sameBytes(self.decryptKey)) {
                self.decryptKey = null;
                self.decryptor.init(Cipher.DECRYPT_MODE, key.spec(), ZERO_IV);
                self.decryptKey = key;
            }
            return self.decryptor.doFinal(ciphertext);
        } catch (GeneralSecurityException e) {
            self.decryptKey = null;
            throw new IllegalStateException("AES/CBC/NoPadding failed on " + ciphertext.length + " bytes", e);
        }
    }

    static byte[] encrypt(AesKey key, byte[] plaintext) {
        AesCbc self = PER_THREAD.get();
        try {
            if (!key.sameBytes(self.encryptKey)) {
                self.encryptKey = null;
                self.encryptor.init(Cipher.ENCRYPT_MODE, key.spec(), ZERO_IV);
                self.encryptKey = key;
            }
            return self.encryptor.doFinal(plaintext);
        } catch (GeneralSecurityException e) {
            self.encryptKey = null;
            throw new IllegalStateException("AES/CBC/NoPadding failed on " + plaintext.length + " bytes", e);
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/CBC/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JDK lacks AES/CBC/NoPadding", e);
        }
    }
}
