package org.vaka.protocol.event;

import java.util.List;
import org.vaka.protocol.dc09.Dc09Message;

/**
 * All events in a message's data block. A link test (token NULL) yields an empty list whatever data it
 * carries (Hikvision puts Contact-ID-looking zeros there); so do the replies ACK/NAK/DUH/RSP and a SIA-DCS
 * with an empty data block. Callers record link tests from {@link Dc09Message#isLinkTest()}.
 */
public final class EventDecoder {

    private EventDecoder() {
    }

    /** Never throws on odd data: unknown or unparseable content becomes one event with known=false and raw kept. */
    public static List<AlarmEvent> decode(Dc09Message message) {
        if (message.isLinkTest()) {
            return List.of();
        }
        return decode(message.frame().token(), message.data());
    }

    public static List<AlarmEvent> decode(String token, String data) {
        if (token == null || data == null) {
            return List.of();
        }
        String plainToken = token.startsWith("*") ? token.substring(1) : token;
        return switch (plainToken) {
            case "SIA-DCS" -> SiaDataParser.parse(data);
            case "ADM-CID" -> ContactIdCodec.decodeData(data);
            default -> List.of();
        };
    }
}
