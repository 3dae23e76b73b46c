/**
 * SIA DC-09 transport: framing of a byte stream, CRC and length checks, AES-CBC decryption,
 * splitting of data, extended data and timestamp, and the replies a receiver sends.
 *
 * <p>Everything here is pure JDK and thread-safe; the only per-thread state is a cached {@code Cipher}.
 */
package org.vaka.protocol.dc09;
