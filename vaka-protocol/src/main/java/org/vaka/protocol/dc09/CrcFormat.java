package org.vaka.protocol.dc09;

/** How the CRC is written in a frame; replies must use the same form or the panel rejects them. */
public enum CrcFormat {
    /** Four upper-case hex characters, as the standard says. */
    HEX,
    /** Two raw bytes, high byte first (Lupusec, some Trikdis modes). */
    BINARY
}
