package org.vaka.protocol.dc09;

/** CRC-16/ARC: poly 0x8005 reflected (0xA001), init 0, no final XOR. Check value CRC("123456789") = 0xBB3D. */
final class Crc16 {

    private static final int[] TABLE = new int[256];

    static {
        for (int b = 0; b < 256; b++) {
            int crc = b;
            for (int i = 0; i < 8; i++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xA001 : crc >>> 1;
            }
            TABLE[b] = crc;
        }
    }

    private Crc16() {
    }

    static int compute(byte[] buf, int off, int len) {
        int crc = 0;
        for (int i = off, end = off + len; i < end; i++) {
            crc = (crc >>> 8) ^ TABLE[(crc ^ buf[i]) & 0xFF];
        }
        return crc;
    }
}
