package org.vaka.protocol.event;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads SIA DC-03 data as panels really send it: {@code #acct|Nri1/BA01/BA02}, {@code Nti20:50:26RP99},
 * {@code Nri0RP2^text^}, {@code Nri1BA1}, {@code NBA4}, {@code #0001|0|NRP}, {@code NRR|Atest}.
 *
 * <p>Grammar, leniently: blocks separated by '|'; an "N" block holds modifiers (two lower-case letters and a
 * value: ri area, id user, ti time, ...) and events (two upper-case letters, digits, optional ^text^), with or
 * without '/' between them; modifiers apply to the events after them in the block. An "A" block is text for
 * the event before it. Anything glued to an event's number (the "NM" of {@code OP001NM}) is ignored and
 * stays visible in {@code raw}, as are blocks of unknown type.
 */
final class SiaDataParser {

    private SiaDataParser() {
    }

    static List<AlarmEvent> parse(String data) {
        String content = DataBlock.content(data);
        if (content.isBlank()) {
            return List.of();
        }
        List<AlarmEvent> events = new ArrayList<>(1);
        int start = 0;
        while (start <= content.length()) {
            int bar = content.indexOf('|', start);
            int end = bar < 0 ? content.length() : bar;
            block(content.substring(start, end), events);
            start = end + 1;
        }
        if (events.isEmpty()) {
            events.add(new AlarmEvent(EventFormat.SIA_DCS, content, "Unparseable SIA data", EventCategory.OTHER,
                    false, false, null, null, null, null, data));
        }
        return events;
    }

    private static void block(String block, List<AlarmEvent> events) {
        if (block.isEmpty()) {
            return;
        }
        char type = block.charAt(0);
        if (type == 'A' && !events.isEmpty()) {
            int last = events.size() - 1;
            if (events.get(last).text() == null && block.length() > 1) {
                events.set(last, events.get(last).withText(block.substring(1)));
            }
            return;
        }
        // Events without the "N" block marker are still read, for senders that drop it.
        items(block, type == 'N' ? 1 : 0, events);
    }

    private static void items(String block, int from, List<AlarmEvent> events) {
        String area = null;
        String user = null;
        int n = block.length();
        int i = from;
        while (i < n) {
            char c = block.charAt(i);
            if (c == '/') {
                i++;
            } else if (isLower(c) && i + 1 < n && isLower(block.charAt(i + 1))) {
                int end = i + 2;
                // Values are numbers, times and dates; a letter starts the next modifier or the event code.
                while (end < n && !isUpper(block.charAt(end)) && !isLower(block.charAt(end))
                        && block.charAt(end) != '/' && block.charAt(end) != '^') {
                    end++;
                }
                String name = block.substring(i, i + 2);
                String value = block.substring(i + 2, end);
                if (name.equals("ri")) {
                    area = value;
                } else if (name.equals("id")) {
                    user = value;
                }
                i = end;
            } else if (startsEvent(block, i)) {
                int end = i + 2;
                while (end < n && Character.isDigit(block.charAt(end))) {
                    end++;
                }
                String code = block.substring(i, i + 2);
                String number = block.substring(i + 2, end);
                String text = null;
                if (end < n && block.charAt(end) == '^') {
                    int close = block.indexOf('^', end + 1);
                    close = close < 0 ? n : close;
                    text = block.substring(end + 1, close).strip();
                    end = Math.min(n, close + 1);
                }
                events.add(event(code, number, area, user, text, block));
                i = skipToSlash(block, end);
            } else {
                i = skipToSlash(block, i + 1);
            }
        }
    }

    private static AlarmEvent event(String code, String number, String area, String userModifier, String text, String raw) {
        SiaCode sia = SiaCodes.lookup(code).orElse(null);
        String address = sia == null ? SiaCode.ZONE : sia.addressType();
        String param = number.isEmpty() ? null : number;
        String zone = null;
        String user = userModifier == null || userModifier.isEmpty() ? null : userModifier;
        String partition = area == null || area.isEmpty() || DataBlock.allZeros(area) ? null : area;
        switch (address) {
            case SiaCode.USER -> {
                if (user == null) {
                    user = param;
                } else if (partition == null) {
                    partition = param;
                }
            }
            case SiaCode.AREA -> {
                if (partition == null && param != null && !DataBlock.allZeros(param)) {
                    partition = param;
                }
            }
            // A code without an address (RP, AT, ...) may still carry a number; keep it unless it is just zeros.
            case SiaCode.NONE -> zone = param == null || DataBlock.allZeros(param) ? null : param;
            default -> zone = param;
        }
        if (sia == null) {
            return new AlarmEvent(EventFormat.SIA_DCS, code, "Unknown code " + code, EventCategory.OTHER, false, false,
                    zone, user, partition, text, raw);
        }
        return new AlarmEvent(EventFormat.SIA_DCS, code, sia.meaning(), sia.category(), sia.restore(), true,
                zone, user, partition, text, raw);
    }

    private static boolean startsEvent(String s, int i) {
        return i + 1 < s.length() && isUpper(s.charAt(i)) && isUpper(s.charAt(i + 1));
    }

    private static int skipToSlash(String s, int from) {
        int slash = s.indexOf('/', from);
        return slash < 0 ? s.length() : slash;
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
