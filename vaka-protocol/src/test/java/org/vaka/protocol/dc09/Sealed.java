package org.vaka.protocol.dc09;

import java.nio.charset.StandardCharsets;

/** Test fixture: encrypted frames with any plaintext at all, including ones no honest encoder would make. */
final class Sealed {

    private Sealed() {
    }

    /** @param plaintext the whole encrypted region (pad included); must fill whole AES blocks */
    static byte[] frame(String token, String header, AesKey key, String plaintext) {
        byte[] plain = plaintext.getBytes(StandardCharsets.ISO_8859_1);
        if (plain.length % 16 != 0) {
            throw new IllegalArgumentException("plaintext of " + plain.length + " bytes does not fill whole blocks");
        }
        StringBuilder sb = new StringBuilder("\"*").append(token).append('"').append(header).append('[');
        Hex.appendUpper(sb, AesCbc.encrypt(key, plain));
        return Wire.framed(sb.toString());
    }

    /** Prefixes a pad of the right length made of {@code padChar}. */
    static String padded(char padChar, String rest) {
        return String.valueOf(padChar).repeat(Pad.length(rest.length())) + rest;
    }
}
