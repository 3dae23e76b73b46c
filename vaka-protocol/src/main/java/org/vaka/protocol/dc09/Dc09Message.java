package org.vaka.protocol.dc09;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A frame opened: decrypted, data block and extended data split off, timestamp parsed.
 *
 * @param frame     the frame it came from
 * @param data      the data block content without brackets and pad, e.g. "#1234|Nri1/BA01"; "" when empty
 * @param extended  extended data blocks without brackets, in order, e.g. ["X006E07.7777777"]
 * @param timestamp the _HH:MM:SS,MM-DD-YYYY time (UTC); null when absent
 */
public record Dc09Message(Dc09Frame frame, String data, List<String> extended, Instant timestamp) {

    public Dc09Message {
        extended = extended == null ? List.of() : List.copyOf(extended);
    }

    /** Token NULL, whatever data it carries: Hikvision sends NULL frames with Contact-ID-looking data. */
    public boolean isLinkTest() {
        return "NULL".equals(frame.token());
    }

    /** The first extended block with that identifier, without the identifier character. */
    public Optional<String> extended(char id) {
        for (String block : extended) {
            if (!block.isEmpty() && block.charAt(0) == id) {
                return Optional.of(block.substring(1));
            }
        }
        return Optional.empty();
    }
}
