package org.vaka.protocol.event;

/**
 * A SIA DC-03 event code.
 *
 * @param code        two upper-case letters
 * @param meaning     short English description
 * @param category    routing class
 * @param restore     whether the code ends a condition (BR, FJ, AR, ...)
 * @param addressType what the number after the code is: {@value #ZONE}, {@value #USER}, {@value #AREA},
 *                    {@value #DEVICE} (expander, receiver, network, line, door, output) or {@value #NONE}
 */
public record SiaCode(String code, String meaning, EventCategory category, boolean restore, String addressType) {

    public static final String ZONE = "zone";
    public static final String USER = "user";
    public static final String AREA = "area";
    public static final String DEVICE = "device";
    public static final String NONE = "none";
}
