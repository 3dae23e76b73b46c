package org.vaka.protocol.dc09;

import java.time.Instant;
import java.util.List;

/**
 * What a panel sends: built by the simulator and by tests, turned into bytes by {@link Dc09Encoder#encode}.
 *
 * @param token     "SIA-DCS", "ADM-CID", "NULL"; the encoder adds '*' when it encrypts
 * @param sequence  0..9999
 * @param receiver  hex digits after R; null for no R
 * @param line      hex digits after L; "" for a bare L; null for no L
 * @param account   3-16 hex digits (or "" for none)
 * @param data      data block content without brackets, e.g. "#1234|Nri1/BA01"; null or "" for none
 * @param extended  extended blocks without brackets, e.g. "X006E07.7777777"; null for none
 * @param timestamp message time; required when encrypting
 */
public record Dc09Outgoing(String token, int sequence, String receiver, String line, String account,
                           String data, List<String> extended, Instant timestamp) {

    public Dc09Outgoing {
        data = data == null ? "" : data;
        extended = extended == null ? List.of() : List.copyOf(extended);
    }
}
