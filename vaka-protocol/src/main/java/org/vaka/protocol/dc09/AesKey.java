package org.vaka.protocol.dc09;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.spec.SecretKeySpec;

/**
 * An AES key as configured for an account. Validates size (16/24/32 bytes). {@code toString()} never shows
 * the key, and neither does any exception message, because both end up in logs.
 */
public final class AesKey {

    private final byte[] bytes;
    private final KeyFormat format;
    private final SecretKeySpec spec;

    private AesKey(byte[] bytes, KeyFormat format) {
        this.bytes = bytes;
        this.format = format;
        this.spec = new SecretKeySpec(bytes, "AES");
    }

    /**
     * @param key    32/48/64 hex digits (either case) for {@link KeyFormat#HEX}; 16/24/32 ASCII characters
     *               for {@link KeyFormat#TEXT}
     * @throws IllegalArgumentException with a message that says what is wrong, never the key itself
     */
    public static AesKey parse(String key, KeyFormat format) {
        Objects.requireNonNull(format, "format");
        if (key == null) {
            throw new IllegalArgumentException("No AES key given");
        }
        return switch (format) {
            case HEX -> new AesKey(parseHex(key.strip()), KeyFormat.HEX);
            case TEXT -> new AesKey(parseText(key), KeyFormat.TEXT);
        };
    }

    private static byte[] parseHex(String key) {
        int n = key.length();
        if (n != 32 && n != 48 && n != 64) {
            throw new IllegalArgumentException("A hex AES key needs 32, 48 or 64 hex digits (128/192/256 bit) but has "
                    + n + (n == 16 || n == 24 ? " characters; was it meant as a text key?" : ""));
        }
        byte[] out = new byte[n / 2];
        for (int i = 0; i < n; i += 2) {
            int hi = Hex.value(key.charAt(i));
            int lo = Hex.value(key.charAt(i + 1));
            if (hi < 0 || lo < 0) {
                throw new IllegalArgumentException("A hex AES key may hold only 0-9 and A-F, but position "
                        + (hi < 0 ? i + 1 : i + 2) + " holds something else");
            }
            out[i / 2] = (byte) (hi << 4 | lo);
        }
        return out;
    }

    private static byte[] parseText(String key) {
        int n = key.length();
        if (n != 16 && n != 24 && n != 32) {
            throw new IllegalArgumentException("A text AES key needs 16, 24 or 32 characters (128/192/256 bit) but has "
                    + n + (n == 48 || n == 64 ? " characters; was it meant as a hex key?" : ""));
        }
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            char c = key.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw new IllegalArgumentException("A text AES key may hold only printable ASCII characters, but position "
                        + (i + 1) + " holds something else");
            }
            out[i] = (byte) c;
        }
        return out;
    }

    public int bits() {
        return bytes.length * 8;
    }

    public KeyFormat format() {
        return format;
    }

    SecretKeySpec spec() {
        return spec;
    }

    boolean sameBytes(AesKey other) {
        return other != null && MessageDigest.isEqual(bytes, other.bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AesKey other && other.format == format && MessageDigest.isEqual(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(bytes) + format.hashCode();
    }

    @Override
    public String toString() {
        return "AesKey[" + bits() + " bit, " + format + "]";
    }
}
