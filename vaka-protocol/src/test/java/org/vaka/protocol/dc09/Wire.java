package org.vaka.protocol.dc09;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.time.Instant;

/** Test fixture: the published vectors' keys and clock, and frames as they travel (LF ... CR). */
final class Wire {

    /** The clock all DC09.md §4.1 vectors were made at. */
    static final Instant NOW = Instant.parse("2025-01-15T12:00:00Z");

    static final AesKey K128 = AesKey.parse("000102030405060708090A0B0C0D0E0F", KeyFormat.HEX);
    static final AesKey K192 = AesKey.parse("000102030405060708090A0B0C0D0E0F1011121314151617", KeyFormat.HEX);
    static final AesKey K256 = AesKey.parse("000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F", KeyFormat.HEX);

    private Wire() {
    }

    /** The frame as DC09.md prints it, with the LF and CR it has on the wire. */
    static byte[] wire(String shown) {
        return ("\n" + shown + "\r").getBytes(ISO_8859_1);
    }

    static String text(byte[] frame) {
        return new String(frame, ISO_8859_1);
    }

    /** Builds a hex-CRC frame with correct CRC and length around the covered text (from the opening '"'). */
    static byte[] framed(String covered) {
        return FrameWriter.frame(covered, CrcFormat.HEX);
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
