package org.vaka.protocol.event;

import java.util.List;
import java.util.Objects;

/**
 * Contact ID as carried in DC-09 ADM-CID data: {@code Q XYZ GG CCC}, e.g. "1130 01 015" = new burglary alarm,
 * group 01, zone 015. The spaces are optional, and the classic 16-digit form {@code ACCT 18 QXYZ GG CCC S} is
 * accepted too.
 *
 * <p>CCC is the user for 4xx open/close and access codes and for the duress codes 121/124/125 (the duress
 * code a user entered), the zone otherwise; "000" means none. For open/close codes qualifier 1 is the
 * opening (disarm) and 3 the closing (arm); for all others 3 is the restore.
 */
public final class ContactIdCodec {

    private static final int GROUP_LENGTH = 9; // Q XYZ GG CCC without spaces
    private static final int CLASSIC_LENGTH = 16;

    private ContactIdCodec() {
    }

    /** The events in an ADM-CID data block such as "#1234|1130 01 015". */
    public static List<AlarmEvent> decodeData(String data) {
        if (data == null) {
            return List.of();
        }
        String content = DataBlock.content(data);
        return content.isBlank() ? List.of() : List.of(parse(content));
    }

    /** One Contact ID group; never throws: unparseable input becomes an event with known=false. */
    public static AlarmEvent parse(String cid) {
        Objects.requireNonNull(cid, "cid");
        String s = cid.replace(" ", "");
        if (s.length() == CLASSIC_LENGTH && (s.startsWith("18", 4) || s.startsWith("98", 4))) {
            s = s.substring(6, 6 + GROUP_LENGTH);
        }
        if (s.length() != GROUP_LENGTH || !dtmfDigits(s)) {
            return new AlarmEvent(EventFormat.CONTACT_ID, cid, "Unparseable Contact ID data", EventCategory.OTHER,
                    false, false, null, null, null, null, cid);
        }
        char qualifier = s.charAt(0);
        String event = s.substring(1, 4);
        String group = s.substring(4, 6);
        String number = s.substring(6, 9);
        ContactIdCode code = ContactIdCodes.lookup(event).orElse(null);
        boolean openClose = code != null && code.category() == EventCategory.OPENING_CLOSING;
        boolean validQualifier = qualifier == '1' || qualifier == '3' || qualifier == '6';
        boolean restore = qualifier == '3' && !openClose;
        String meaning;
        if (code == null) {
            meaning = "Unknown code " + qualifier + event;
        } else if (!validQualifier) {
            meaning = code.meaning() + " (unknown qualifier " + qualifier + ")";
        } else {
            meaning = code.meaning() + suffix(qualifier, openClose);
        }
        String ccc = DataBlock.allZeros(number) ? null : number;
        boolean userNumber = event.charAt(0) == '4' || event.equals("121") || event.equals("124") || event.equals("125");
        return new AlarmEvent(EventFormat.CONTACT_ID, qualifier + event, meaning,
                code == null ? EventCategory.OTHER : code.category(), restore, code != null && validQualifier,
                userNumber ? null : ccc, userNumber ? ccc : null,
                DataBlock.allZeros(group) ? null : group, null, cid);
    }

    /** "1130 01 015" from its parts, for senders such as the simulator. */
    public static String format(int qualifier, int event, int group, int number) {
        if (qualifier != 1 && qualifier != 3 && qualifier != 6) {
            throw new IllegalArgumentException("The Contact ID qualifier is 1, 3 or 6, not " + qualifier);
        }
        check("event", event, 999);
        check("group", group, 99);
        check("zone/user", number, 999);
        return String.format("%d%03d %02d %03d", qualifier, event, group, number);
    }

    private static void check(String what, int value, int max) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException("The Contact ID " + what + " must be 0-" + max + ", not " + value);
        }
    }

    private static String suffix(char qualifier, boolean openClose) {
        return switch (qualifier) {
            case '1' -> openClose ? ": opening (disarm)" : "";
            case '3' -> openClose ? ": closing (arm)" : " restore";
            default -> " (still present)";
        };
    }

    // DTMF carries 0-9 and B-F; accept A too rather than guess.
    private static boolean dtmfDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }
}
