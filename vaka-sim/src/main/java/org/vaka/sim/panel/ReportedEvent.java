package org.vaka.sim.panel;

import org.vaka.protocol.event.EventCategory;

/**
 * Everything the panel can tell the receiving centre, with the SIA DC-03 code it uses and the category vaka-protocol's
 * SiaCodes gives that code (kept here so a test can hold the two tables to each other).
 *
 * <p>Duress is ND: SiaCodes knows no other duress code (HA is hold-up, a PANIC). Home arming is NL, perimeter
 * arming, whose number is the area, not the user; away arming is CL with the user.
 */
public enum ReportedEvent {
    BURGLARY("BA", EventCategory.BURGLARY),
    BURGLARY_RESTORE("BR", EventCategory.BURGLARY),
    FIRE("FA", EventCategory.FIRE),
    FIRE_RESTORE("FR", EventCategory.FIRE),
    PANIC("PA", EventCategory.PANIC),
    PANIC_RESTORE("PR", EventCategory.PANIC),
    DURESS("ND", EventCategory.DURESS),
    OPENING("OP", EventCategory.OPENING_CLOSING),
    CLOSING("CL", EventCategory.OPENING_CLOSING),
    PERIMETER_CLOSING("NL", EventCategory.OPENING_CLOSING),
    MAINS_FAILURE("AT", EventCategory.TECHNICAL),
    MAINS_RESTORE("AR", EventCategory.TECHNICAL),
    BATTERY_LOW("YT", EventCategory.TECHNICAL),
    BATTERY_RESTORE("YR", EventCategory.TECHNICAL),
    TAMPER("TA", EventCategory.TAMPER),
    TAMPER_RESTORE("TR", EventCategory.TAMPER),
    JAMMING("XQ", EventCategory.TAMPER),
    JAMMING_RESTORE("XH", EventCategory.TAMPER),
    PERIODIC_TEST("RP", EventCategory.TEST);

    private final String siaCode;
    private final EventCategory category;

    ReportedEvent(String siaCode, EventCategory category) {
        this.siaCode = siaCode;
        this.category = category;
    }

    public String siaCode() {
        return siaCode;
    }

    public EventCategory category() {
        return category;
    }
}
