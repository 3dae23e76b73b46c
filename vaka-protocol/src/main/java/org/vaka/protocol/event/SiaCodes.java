package org.vaka.protocol.event;

import static org.vaka.protocol.event.EventCategory.BURGLARY;
import static org.vaka.protocol.event.EventCategory.DURESS;
import static org.vaka.protocol.event.EventCategory.FIRE;
import static org.vaka.protocol.event.EventCategory.MEDICAL;
import static org.vaka.protocol.event.EventCategory.OPENING_CLOSING;
import static org.vaka.protocol.event.EventCategory.OTHER;
import static org.vaka.protocol.event.EventCategory.PANIC;
import static org.vaka.protocol.event.EventCategory.SUPERVISION;
import static org.vaka.protocol.event.EventCategory.TAMPER;
import static org.vaka.protocol.event.EventCategory.TECHNICAL;
import static org.vaka.protocol.event.EventCategory.TEST;
import static org.vaka.protocol.event.SiaCode.AREA;
import static org.vaka.protocol.event.SiaCode.DEVICE;
import static org.vaka.protocol.event.SiaCode.NONE;
import static org.vaka.protocol.event.SiaCode.USER;
import static org.vaka.protocol.event.SiaCode.ZONE;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The SIA DC-03 event codes we know.
 *
 * <p>Category choices an operator should know about: hold-up (HA) is PANIC, the only SIA duress code is
 * Ajax's ND; gas and heat are FIRE (same response: evacuate, call the fire brigade); water and freeze are
 * TECHNICAL; jamming (XQ) is TAMPER, being sabotage of the radio; bypasses are OTHER; troubles are TECHNICAL;
 * loss of the path to us (YC, YS, NT, LT) is SUPERVISION; untyped zone alarms (UA) count as BURGLARY so that
 * they reach an operator.
 */
public final class SiaCodes {

    private static final Map<String, SiaCode> CODES = new LinkedHashMap<>();

    static {
        // AC power, analog sensors, substitution
        add("AA", "Alarm panel substitution", TAMPER, false, NONE);
        add("AB", "Abort (event not sent by user action)", OTHER, false, ZONE);
        add("AN", "Analog sensor restoral", TECHNICAL, true, ZONE);
        add("AR", "AC power restored", TECHNICAL, true, NONE);
        add("AS", "Analog sensor service required", TECHNICAL, false, ZONE);
        add("AT", "AC power failure", TECHNICAL, false, NONE);
        // Burglary
        add("BA", "Burglary alarm", BURGLARY, false, ZONE);
        add("BB", "Burglary bypass", OTHER, false, ZONE);
        add("BC", "Burglary alarm cancelled by user", BURGLARY, false, USER);
        add("BD", "Swinger trouble", TECHNICAL, false, ZONE);
        add("BE", "Swinger trouble restore", TECHNICAL, true, ZONE);
        add("BG", "Unverified burglary event", BURGLARY, false, ZONE);
        add("BH", "Burglary alarm restore", BURGLARY, true, ZONE);
        add("BJ", "Burglary trouble restore", TECHNICAL, true, ZONE);
        add("BM", "Burglary alarm, cross point verified", BURGLARY, false, ZONE);
        add("BR", "Burglary restoral", BURGLARY, true, ZONE);
        add("BS", "Burglary supervisory", TECHNICAL, false, ZONE);
        add("BT", "Burglary trouble", TECHNICAL, false, ZONE);
        add("BU", "Burglary unbypass", OTHER, true, ZONE);
        add("BV", "Burglary verified", BURGLARY, false, AREA);
        add("BX", "Burglary test", TEST, false, ZONE);
        add("BZ", "Missing supervision", TECHNICAL, false, ZONE);
        // Closings
        add("CA", "Automatic closing", OPENING_CLOSING, false, AREA);
        add("CC", "Arming failed", OPENING_CLOSING, false, AREA);
        add("CD", "Closing delinquent", OPENING_CLOSING, false, AREA);
        add("CE", "Closing extended", OPENING_CLOSING, false, USER);
        add("CF", "Forced closing", OPENING_CLOSING, false, USER);
        add("CG", "Close area (partial arm)", OPENING_CLOSING, false, AREA);
        add("CI", "Fail to close", OPENING_CLOSING, false, AREA);
        add("CJ", "Late close", OPENING_CLOSING, false, USER);
        add("CK", "Early close", OPENING_CLOSING, false, USER);
        add("CL", "Closing (armed) by user", OPENING_CLOSING, false, USER);
        add("CM", "Missing alarm, recent closing", BURGLARY, false, ZONE);
        add("CO", "Command sent to a peripheral", OTHER, false, DEVICE);
        add("CP", "Automatic closing by user schedule", OPENING_CLOSING, false, USER);
        add("CQ", "Remote closing", OPENING_CLOSING, false, USER);
        add("CR", "Recent closing", OPENING_CLOSING, false, USER);
        add("CS", "Closing by keyswitch", OPENING_CLOSING, false, ZONE);
        add("CT", "Late to open", OPENING_CLOSING, false, AREA);
        add("CW", "Was force armed", OPENING_CLOSING, false, AREA);
        add("CX", "Custom function executed", OTHER, false, DEVICE);
        add("CZ", "Point closing", OPENING_CLOSING, false, ZONE);
        // Access control
        add("DA", "Card assigned", OTHER, false, USER);
        add("DB", "Card deleted", OTHER, false, USER);
        add("DC", "Access closed", OTHER, false, DEVICE);
        add("DD", "Access denied", OTHER, false, DEVICE);
        add("DF", "Door forced", BURGLARY, false, DEVICE);
        add("DG", "Access granted", OTHER, false, DEVICE);
        add("DH", "Door left open restoral", OTHER, true, DEVICE);
        add("DK", "Access lockout", OTHER, false, DEVICE);
        add("DL", "Door left open alarm", BURGLARY, false, DEVICE);
        add("DM", "Door left open trouble", TECHNICAL, false, DEVICE);
        add("DO", "Access open", OTHER, false, DEVICE);
        add("DR", "Door restoral", OTHER, true, DEVICE);
        add("DT", "Access system trouble", TECHNICAL, false, NONE);
        add("DX", "Request to exit", OTHER, false, DEVICE);
        // Exit and expansion devices
        add("EA", "Exit alarm", BURGLARY, false, ZONE);
        add("EE", "Exit error", OPENING_CLOSING, false, USER);
        add("EJ", "Expansion device tamper restore", TAMPER, true, DEVICE);
        add("EM", "Expansion device missing", TECHNICAL, false, DEVICE);
        add("EN", "Expansion device missing restore", TECHNICAL, true, DEVICE);
        add("ER", "Expansion device trouble restore", TECHNICAL, true, DEVICE);
        add("ES", "Expansion device tamper", TAMPER, false, DEVICE);
        add("ET", "Expansion device trouble", TECHNICAL, false, DEVICE);
        add("EX", "External device condition", TECHNICAL, false, DEVICE);
        add("EZ", "Missing alarm, exit error", BURGLARY, false, ZONE);
        // Fire
        add("FA", "Fire alarm", FIRE, false, ZONE);
        add("FB", "Fire bypass", OTHER, false, ZONE);
        add("FC", "Fire alarm cancelled", FIRE, false, ZONE);
        add("FG", "Unverified fire event", FIRE, false, ZONE);
        add("FH", "Fire alarm restore", FIRE, true, ZONE);
        add("FI", "Fire test begin", TEST, false, AREA);
        add("FJ", "Fire trouble restore", TECHNICAL, true, ZONE);
        add("FK", "Fire test end", TEST, false, AREA);
        add("FL", "Fire alarm silenced", FIRE, false, ZONE);
        add("FM", "Fire alarm, cross point verified", FIRE, false, ZONE);
        add("FQ", "Fire supervisory trouble restore", TECHNICAL, true, ZONE);
        add("FR", "Fire restoral", FIRE, true, ZONE);
        add("FS", "Fire supervisory", TECHNICAL, false, ZONE);
        add("FT", "Fire trouble", TECHNICAL, false, ZONE);
        add("FU", "Fire unbypass", OTHER, true, ZONE);
        add("FV", "Fire supervisory restore", TECHNICAL, true, ZONE);
        add("FW", "Fire supervisory trouble", TECHNICAL, false, ZONE);
        add("FX", "Fire test", TEST, false, ZONE);
        add("FY", "Missing fire trouble", TECHNICAL, false, ZONE);
        add("FZ", "Missing fire supervision", TECHNICAL, false, ZONE);
        // Gas
        add("GA", "Gas alarm", FIRE, false, ZONE);
        add("GB", "Gas bypass", OTHER, false, ZONE);
        add("GH", "Gas alarm restore", FIRE, true, ZONE);
        add("GJ", "Gas trouble restore", TECHNICAL, true, ZONE);
        add("GR", "Gas restoral", FIRE, true, ZONE);
        add("GS", "Gas supervisory", TECHNICAL, false, ZONE);
        add("GT", "Gas trouble", TECHNICAL, false, ZONE);
        add("GU", "Gas unbypass", OTHER, true, ZONE);
        add("GX", "Gas test", TEST, false, ZONE);
        // Hold-up: a silent alarm, often the duress code; routed as PANIC (see class comment)
        add("HA", "Hold-up alarm", PANIC, false, ZONE);
        add("HB", "Hold-up bypass", OTHER, false, ZONE);
        add("HH", "Hold-up alarm restore", PANIC, true, ZONE);
        add("HJ", "Hold-up trouble restore", TECHNICAL, true, ZONE);
        add("HR", "Hold-up restoral", PANIC, true, ZONE);
        add("HS", "Hold-up supervisory", TECHNICAL, false, ZONE);
        add("HT", "Hold-up trouble", TECHNICAL, false, ZONE);
        add("HU", "Hold-up unbypass", OTHER, true, ZONE);
        // Equipment
        add("IA", "Equipment failure", TECHNICAL, false, ZONE);
        add("IR", "Equipment failure restore", TECHNICAL, true, ZONE);
        // User codes, schedules, logs
        add("JA", "User code tamper (too many wrong codes)", TAMPER, false, AREA);
        add("JC", "User code tamper restore", TAMPER, true, AREA);
        add("JD", "Date changed", OTHER, false, USER);
        add("JH", "Holiday schedule changed", OTHER, false, USER);
        add("JK", "Latchkey alert", OPENING_CLOSING, false, USER);
        add("JL", "Log threshold reached", TECHNICAL, false, NONE);
        add("JO", "Log overflow", TECHNICAL, false, NONE);
        add("JP", "User on premises", OPENING_CLOSING, false, USER);
        add("JR", "Schedule executed", OTHER, false, AREA);
        add("JS", "Schedule changed", OTHER, false, USER);
        add("JT", "Time changed", OTHER, false, USER);
        add("JV", "User code changed", OTHER, false, USER);
        add("JX", "User code deleted", OTHER, false, USER);
        add("JY", "User code added", OTHER, false, USER);
        add("JZ", "User level set", OTHER, false, USER);
        // Heat
        add("KA", "Heat alarm", FIRE, false, ZONE);
        add("KB", "Heat bypass", OTHER, false, ZONE);
        add("KH", "Heat alarm restore", FIRE, true, ZONE);
        add("KJ", "Heat trouble restore", TECHNICAL, true, ZONE);
        add("KR", "Heat restoral", FIRE, true, ZONE);
        add("KS", "Heat supervisory", TECHNICAL, false, ZONE);
        add("KT", "Heat trouble", TECHNICAL, false, ZONE);
        add("KU", "Heat unbypass", OTHER, true, ZONE);
        // Local programming, listen-in, phone line
        add("LB", "Local programming begin", OTHER, false, NONE);
        add("LD", "Local programming denied", OTHER, false, NONE);
        add("LE", "Listen-in ended", OTHER, false, NONE);
        add("LF", "Listen-in begin", OTHER, false, NONE);
        add("LR", "Phone line restoral", SUPERVISION, true, DEVICE);
        add("LS", "Local programming successful", OTHER, false, NONE);
        add("LT", "Phone line trouble", SUPERVISION, false, DEVICE);
        add("LU", "Local programming failed", OTHER, false, NONE);
        add("LX", "Local programming ended", OTHER, false, NONE);
        // Medical
        add("MA", "Medical alarm", MEDICAL, false, ZONE);
        add("MB", "Medical bypass", OTHER, false, ZONE);
        add("MH", "Medical alarm restore", MEDICAL, true, ZONE);
        add("MI", "Message", OTHER, false, NONE);
        add("MJ", "Medical trouble restore", TECHNICAL, true, ZONE);
        add("MR", "Medical restoral", MEDICAL, true, ZONE);
        add("MS", "Medical supervisory", TECHNICAL, false, ZONE);
        add("MT", "Medical trouble", TECHNICAL, false, ZONE);
        add("MU", "Medical unbypass", OTHER, true, ZONE);
        // Activity, network, perimeter arming
        add("NA", "No activity", OTHER, false, ZONE);
        add("NC", "Network condition", SUPERVISION, false, DEVICE);
        add("ND", "Night mode disarmed under duress", DURESS, false, AREA);
        add("NF", "Forced perimeter arm", OPENING_CLOSING, false, AREA);
        add("NL", "Perimeter (stay) armed", OPENING_CLOSING, false, AREA);
        add("NM", "Perimeter armed, user defined", OPENING_CLOSING, false, AREA);
        add("NR", "Network restoral", SUPERVISION, true, DEVICE);
        add("NS", "Activity resumed", OTHER, true, ZONE);
        add("NT", "Network failure", SUPERVISION, false, DEVICE);
        // Openings and outputs
        add("OA", "Automatic opening", OPENING_CLOSING, false, AREA);
        add("OC", "Cancel report", OPENING_CLOSING, false, USER);
        add("OG", "Open area (partial disarm)", OPENING_CLOSING, false, AREA);
        add("OH", "Early to open from alarm", OPENING_CLOSING, false, USER);
        add("OI", "Fail to open", OPENING_CLOSING, false, AREA);
        add("OJ", "Late open", OPENING_CLOSING, false, USER);
        add("OK", "Early open", OPENING_CLOSING, false, USER);
        add("OL", "Late to open from alarm", OPENING_CLOSING, false, USER);
        add("OP", "Opening (disarmed) by user", OPENING_CLOSING, false, USER);
        add("OQ", "Remote opening", OPENING_CLOSING, false, USER);
        add("OR", "Disarm from alarm", OPENING_CLOSING, false, USER);
        add("OS", "Opening by keyswitch", OPENING_CLOSING, false, ZONE);
        add("OT", "Late to close", OPENING_CLOSING, false, USER);
        add("OU", "Output trouble", TECHNICAL, false, DEVICE);
        add("OV", "Output restore", TECHNICAL, true, DEVICE);
        add("OZ", "Point opening", OPENING_CLOSING, false, ZONE);
        // Panic
        add("PA", "Panic alarm", PANIC, false, ZONE);
        add("PB", "Panic bypass", OTHER, false, ZONE);
        add("PH", "Panic alarm restore", PANIC, true, ZONE);
        add("PJ", "Panic trouble restore", TECHNICAL, true, ZONE);
        add("PR", "Panic restoral", PANIC, true, ZONE);
        add("PS", "Panic supervisory", TECHNICAL, false, ZONE);
        add("PT", "Panic trouble", TECHNICAL, false, ZONE);
        add("PU", "Panic unbypass", OTHER, true, ZONE);
        // Emergency
        add("QA", "Emergency alarm", PANIC, false, ZONE);
        add("QB", "Emergency bypass", OTHER, false, ZONE);
        add("QH", "Emergency alarm restore", PANIC, true, ZONE);
        add("QJ", "Emergency trouble restore", TECHNICAL, true, ZONE);
        add("QR", "Emergency restoral", PANIC, true, ZONE);
        add("QS", "Emergency supervisory", TECHNICAL, false, ZONE);
        add("QT", "Emergency trouble", TECHNICAL, false, ZONE);
        add("QU", "Emergency unbypass", OTHER, true, ZONE);
        // Remote programming, relays, tests, power up
        add("RA", "Remote programmer call failed", OTHER, false, NONE);
        add("RB", "Remote programming begin", OTHER, false, NONE);
        add("RC", "Relay closed", OTHER, false, DEVICE);
        add("RD", "Remote programming denied", OTHER, false, NONE);
        add("RN", "Remote reset", OTHER, false, NONE);
        add("RO", "Relay opened", OTHER, false, DEVICE);
        add("RP", "Automatic test", TEST, false, NONE);
        add("RR", "Power up", TECHNICAL, false, NONE);
        add("RS", "Remote programming successful", OTHER, false, NONE);
        add("RT", "Data lost", SUPERVISION, false, DEVICE);
        add("RU", "Remote programming failed", OTHER, false, NONE);
        add("RX", "Manual test", TEST, false, USER);
        add("RY", "Test off normal", TEST, false, ZONE);
        // Sprinkler
        add("SA", "Sprinkler alarm", FIRE, false, ZONE);
        add("SB", "Sprinkler bypass", OTHER, false, ZONE);
        add("SC", "Change of state", OTHER, false, DEVICE);
        add("SH", "Sprinkler alarm restore", FIRE, true, ZONE);
        add("SJ", "Sprinkler trouble restore", TECHNICAL, true, ZONE);
        add("SR", "Sprinkler restoral", FIRE, true, ZONE);
        add("SS", "Sprinkler supervisory", TECHNICAL, false, ZONE);
        add("ST", "Sprinkler trouble", TECHNICAL, false, ZONE);
        add("SU", "Sprinkler unbypass", OTHER, true, ZONE);
        // Tamper and tests
        add("TA", "Tamper alarm", TAMPER, false, ZONE);
        add("TB", "Tamper bypass", OTHER, false, ZONE);
        add("TC", "All points tested", TEST, false, NONE);
        add("TE", "Test end", TEST, false, NONE);
        add("TH", "Tamper alarm restore", TAMPER, true, ZONE);
        add("TJ", "Tamper trouble restore", TAMPER, true, ZONE);
        add("TP", "Walk test point", TEST, false, ZONE);
        add("TR", "Tamper restoral", TAMPER, true, ZONE);
        add("TS", "Test start", TEST, false, NONE);
        add("TT", "Tamper trouble", TAMPER, false, ZONE);
        add("TU", "Tamper unbypass", OTHER, true, ZONE);
        add("TW", "Area watch start", OTHER, false, NONE);
        add("TX", "Test report", TEST, false, NONE);
        add("TZ", "Area watch end", OTHER, false, NONE);
        // Untyped zones
        add("UA", "Untyped zone alarm", BURGLARY, false, ZONE);
        add("UB", "Untyped zone bypass", OTHER, false, ZONE);
        add("UG", "Unverified untyped event", BURGLARY, false, ZONE);
        add("UH", "Untyped alarm restore", BURGLARY, true, ZONE);
        add("UJ", "Untyped trouble restore", TECHNICAL, true, ZONE);
        add("UR", "Untyped zone restoral", BURGLARY, true, ZONE);
        add("US", "Untyped zone supervisory", TECHNICAL, false, ZONE);
        add("UT", "Untyped zone trouble", TECHNICAL, false, ZONE);
        add("UU", "Untyped zone unbypass", OTHER, true, ZONE);
        add("UX", "Undefined alarm", OTHER, false, NONE);
        add("UY", "Untyped missing trouble", TECHNICAL, false, ZONE);
        add("UZ", "Untyped missing alarm", BURGLARY, false, ZONE);
        // Water
        add("WA", "Water alarm", TECHNICAL, false, ZONE);
        add("WB", "Water bypass", OTHER, false, ZONE);
        add("WH", "Water alarm restore", TECHNICAL, true, ZONE);
        add("WJ", "Water trouble restore", TECHNICAL, true, ZONE);
        add("WR", "Water restoral", TECHNICAL, true, ZONE);
        add("WS", "Water supervisory", TECHNICAL, false, ZONE);
        add("WT", "Water trouble", TECHNICAL, false, ZONE);
        add("WU", "Water unbypass", OTHER, true, ZONE);
        // Radio, extra points
        add("XA", "Extra account report", OTHER, false, NONE);
        add("XE", "Extra point", TECHNICAL, false, ZONE);
        add("XF", "Extra RF point", TECHNICAL, false, ZONE);
        add("XH", "RF interference restore", TAMPER, true, DEVICE);
        add("XI", "Sensor reset", OTHER, false, ZONE);
        add("XJ", "RF receiver tamper restore", TAMPER, true, DEVICE);
        add("XL", "Low received signal strength", TECHNICAL, false, DEVICE);
        add("XM", "Missing alarm, cross point", BURGLARY, false, ZONE);
        add("XQ", "RF interference (jamming)", TAMPER, false, DEVICE);
        add("XR", "Transmitter battery restore", TECHNICAL, true, ZONE);
        add("XS", "RF receiver tamper", TAMPER, false, DEVICE);
        add("XT", "Transmitter battery low", TECHNICAL, false, ZONE);
        add("XW", "Forced point", OTHER, false, ZONE);
        add("XX", "Fail to test", SUPERVISION, false, NONE);
        // System
        add("YA", "Bell fault", TECHNICAL, false, NONE);
        add("YC", "Communications fail", SUPERVISION, false, NONE);
        add("YD", "Receiver line card trouble", TECHNICAL, false, DEVICE);
        add("YE", "Receiver line card restored", TECHNICAL, true, DEVICE);
        add("YF", "Parameter checksum fail", TECHNICAL, false, NONE);
        add("YG", "Parameter changed", OTHER, false, NONE);
        add("YH", "Bell restored", TECHNICAL, true, NONE);
        add("YI", "Overcurrent trouble", TECHNICAL, false, NONE);
        add("YJ", "Overcurrent restore", TECHNICAL, true, NONE);
        add("YK", "Communications restoral", SUPERVISION, true, NONE);
        add("YM", "System battery missing", TECHNICAL, false, NONE);
        add("YN", "Invalid report", OTHER, false, NONE);
        add("YO", "Unknown message", OTHER, false, NONE);
        add("YP", "Power supply trouble", TECHNICAL, false, NONE);
        add("YQ", "Power supply restored", TECHNICAL, true, NONE);
        add("YR", "System battery restoral", TECHNICAL, true, NONE);
        add("YS", "Communications trouble", SUPERVISION, false, NONE);
        add("YT", "System battery low", TECHNICAL, false, NONE);
        add("YU", "Diagnostic error", TECHNICAL, false, DEVICE);
        add("YW", "Watchdog reset", TECHNICAL, false, NONE);
        add("YX", "Service required", TECHNICAL, false, NONE);
        add("YY", "Status report", OTHER, false, NONE);
        add("YZ", "Service completed", TECHNICAL, true, NONE);
        // Freeze
        add("ZA", "Freeze alarm", TECHNICAL, false, ZONE);
        add("ZB", "Freeze bypass", OTHER, false, ZONE);
        add("ZH", "Freeze alarm restore", TECHNICAL, true, ZONE);
        add("ZJ", "Freeze trouble restore", TECHNICAL, true, ZONE);
        add("ZR", "Freeze restoral", TECHNICAL, true, ZONE);
        add("ZS", "Freeze supervisory", TECHNICAL, false, ZONE);
        add("ZT", "Freeze trouble", TECHNICAL, false, ZONE);
        add("ZU", "Freeze unbypass", OTHER, true, ZONE);
    }

    private SiaCodes() {
    }

    private static void add(String code, String meaning, EventCategory category, boolean restore, String addressType) {
        if (CODES.put(code, new SiaCode(code, meaning, category, restore, addressType)) != null) {
            throw new IllegalStateException("SIA code " + code + " listed twice");
        }
    }

    public static Optional<SiaCode> lookup(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(CODES.get(code));
    }

    /** All codes, in alphabetical order. */
    public static Collection<SiaCode> all() {
        return Collections.unmodifiableCollection(CODES.values());
    }
}
