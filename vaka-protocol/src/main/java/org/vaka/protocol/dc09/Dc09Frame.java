package org.vaka.protocol.dc09;

/**
 * A frame whose CRC, length and header checked out; data still as sent (ciphertext hex when encrypted).
 *
 * @param crcFormat how the CRC was written; replies use the same form
 * @param token     without '*' and quotes: "SIA-DCS", "ADM-CID", "NULL", "ACK", "NAK", "DUH", "RSP"
 * @param encrypted the token had '*'
 * @param sequence  the 4 digits as sent, e.g. "0001"
 * @param receiver  hex digits after R as sent; null when there was no R
 * @param line      hex digits after L as sent; "" for a bare L; null when there was no L
 * @param account   after '#' (or after 'A' in a NAK) as sent; "" when empty or absent
 * @param header    exact header text from the sequence to the end of the account as sent,
 *                  e.g. "0001R1L1#1234" or "0002#0123"; echoed in replies
 * @param body      from the '[' that opens the data block up to the char before CR (ISO-8859-1)
 */
public record Dc09Frame(
        CrcFormat crcFormat,
        String token,
        boolean encrypted,
        String sequence,
        String receiver,
        String line,
        String account,
        String header,
        String body) {
}
