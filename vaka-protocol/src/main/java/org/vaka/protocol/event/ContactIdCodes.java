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

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Contact ID event codes we know.
 *
 * <p>Category choices: 121/124/125 (duress) are DURESS, 120/122/123 (panic, silent hold-up) PANIC; gas and CO
 * are FIRE; 344 (RF jamming) is TAMPER like SIA XQ; 350-356 (the path to us) are SUPERVISION; sensor and
 * radio-device supervision are TECHNICAL; 461 (wrong codes) is TAMPER.
 */
public final class ContactIdCodes {

    private static final Map<String, ContactIdCode> CODES = new LinkedHashMap<>();

    static {
        // 1xx alarms
        add("100", "Medical", MEDICAL);
        add("101", "Personal emergency", MEDICAL);
        add("102", "Fail to report in", SUPERVISION);
        add("110", "Fire", FIRE);
        add("111", "Smoke", FIRE);
        add("112", "Combustion", FIRE);
        add("113", "Water flow", FIRE);
        add("114", "Heat", FIRE);
        add("115", "Pull station", FIRE);
        add("116", "Duct", FIRE);
        add("117", "Flame", FIRE);
        add("118", "Fire near alarm", FIRE);
        add("120", "Panic", PANIC);
        add("121", "Duress", DURESS);
        add("122", "Silent hold-up", PANIC);
        add("123", "Audible panic", PANIC);
        add("124", "Duress, access granted", DURESS);
        add("125", "Duress, egress granted", DURESS);
        add("130", "Burglary", BURGLARY);
        add("131", "Perimeter burglary", BURGLARY);
        add("132", "Interior burglary", BURGLARY);
        add("133", "24-hour burglary (safe)", BURGLARY);
        add("134", "Entry/exit burglary", BURGLARY);
        add("135", "Day/night burglary", BURGLARY);
        add("136", "Outdoor burglary", BURGLARY);
        add("137", "Tamper", TAMPER);
        add("138", "Burglary near alarm", BURGLARY);
        add("139", "Intrusion verifier", BURGLARY);
        add("140", "General alarm", BURGLARY);
        add("141", "Polling loop open", BURGLARY);
        add("142", "Polling loop short", BURGLARY);
        add("143", "Expansion module failure", TECHNICAL);
        add("144", "Sensor tamper", TAMPER);
        add("145", "Expansion module tamper", TAMPER);
        add("146", "Silent burglary", BURGLARY);
        add("147", "Sensor supervision failure", TECHNICAL);
        add("150", "24-hour non-burglary", TECHNICAL);
        add("151", "Gas detected", FIRE);
        add("152", "Refrigeration", TECHNICAL);
        add("153", "Loss of heat", TECHNICAL);
        add("154", "Water leakage", TECHNICAL);
        add("155", "Foil break", BURGLARY);
        add("156", "Day trouble", TECHNICAL);
        add("157", "Low bottled gas level", TECHNICAL);
        add("158", "High temperature", TECHNICAL);
        add("159", "Low temperature", TECHNICAL);
        add("161", "Loss of air flow", TECHNICAL);
        add("162", "Carbon monoxide detected", FIRE);
        add("163", "Tank level", TECHNICAL);
        // 2xx fire supervisory
        add("200", "Fire supervisory", TECHNICAL);
        add("201", "Low water pressure", TECHNICAL);
        add("202", "Low CO2", TECHNICAL);
        add("203", "Gate valve sensor", TECHNICAL);
        add("204", "Low water level", TECHNICAL);
        add("205", "Pump activated", TECHNICAL);
        add("206", "Pump failure", TECHNICAL);
        // 3xx troubles
        add("300", "System trouble", TECHNICAL);
        add("301", "AC loss", TECHNICAL);
        add("302", "Low system battery", TECHNICAL);
        add("303", "RAM checksum bad", TECHNICAL);
        add("304", "ROM checksum bad", TECHNICAL);
        add("305", "System reset", TECHNICAL);
        add("306", "Panel programming changed", OTHER);
        add("307", "Self-test failure", TECHNICAL);
        add("308", "System shutdown", TECHNICAL);
        add("309", "Battery test failure", TECHNICAL);
        add("310", "Ground fault", TECHNICAL);
        add("311", "Battery missing/dead", TECHNICAL);
        add("312", "Power supply overcurrent", TECHNICAL);
        add("313", "Engineer reset", OTHER);
        add("320", "Sounder/relay", TECHNICAL);
        add("321", "Bell 1", TECHNICAL);
        add("322", "Bell 2", TECHNICAL);
        add("323", "Alarm relay", TECHNICAL);
        add("324", "Trouble relay", TECHNICAL);
        add("325", "Reversing relay", TECHNICAL);
        add("326", "Notification appliance check 3", TECHNICAL);
        add("327", "Notification appliance check 4", TECHNICAL);
        add("330", "System peripheral trouble", TECHNICAL);
        add("331", "Polling loop open", TECHNICAL);
        add("332", "Polling loop short", TECHNICAL);
        add("333", "Expansion module failure", TECHNICAL);
        add("334", "Repeater failure", TECHNICAL);
        add("335", "Local printer out of paper", TECHNICAL);
        add("336", "Local printer failure", TECHNICAL);
        add("337", "Expansion module DC loss", TECHNICAL);
        add("338", "Expansion module low battery", TECHNICAL);
        add("339", "Expansion module reset", TECHNICAL);
        add("341", "Expansion module tamper", TAMPER);
        add("342", "Expansion module AC loss", TECHNICAL);
        add("343", "Expansion module self-test fail", TECHNICAL);
        add("344", "RF receiver jam detected", TAMPER);
        add("350", "Communication trouble", SUPERVISION);
        add("351", "Telco 1 fault", SUPERVISION);
        add("352", "Telco 2 fault", SUPERVISION);
        add("353", "Long range radio transmitter fault", SUPERVISION);
        add("354", "Failure to communicate event", SUPERVISION);
        add("355", "Loss of radio supervision", SUPERVISION);
        add("356", "Loss of central polling", SUPERVISION);
        add("357", "Long range radio VSWR problem", TECHNICAL);
        add("370", "Protection loop", TECHNICAL);
        add("371", "Protection loop open", TECHNICAL);
        add("372", "Protection loop short", TECHNICAL);
        add("373", "Fire trouble", TECHNICAL);
        add("374", "Exit error alarm", BURGLARY);
        add("375", "Panic zone trouble", TECHNICAL);
        add("376", "Hold-up zone trouble", TECHNICAL);
        add("377", "Swinger trouble", TECHNICAL);
        add("378", "Cross-zone trouble", TECHNICAL);
        add("380", "Sensor trouble", TECHNICAL);
        add("381", "Loss of RF supervision", TECHNICAL);
        add("382", "Loss of RPM supervision", TECHNICAL);
        add("383", "Sensor tamper", TAMPER);
        add("384", "RF low battery", TECHNICAL);
        add("385", "Smoke detector high sensitivity", TECHNICAL);
        add("386", "Smoke detector low sensitivity", TECHNICAL);
        add("387", "Intrusion detector high sensitivity", TECHNICAL);
        add("388", "Intrusion detector low sensitivity", TECHNICAL);
        add("389", "Sensor self-test failure", TECHNICAL);
        add("391", "Sensor watch trouble", TECHNICAL);
        add("392", "Drift compensation error", TECHNICAL);
        add("393", "Maintenance alert", TECHNICAL);
        // 4xx open/close and access
        add("400", "Open/close", OPENING_CLOSING);
        add("401", "Open/close by user", OPENING_CLOSING);
        add("402", "Group open/close", OPENING_CLOSING);
        add("403", "Automatic open/close", OPENING_CLOSING);
        add("404", "Late open/close", OPENING_CLOSING);
        add("405", "Deferred open/close", OPENING_CLOSING);
        add("406", "Cancel", OPENING_CLOSING);
        add("407", "Remote arm/disarm", OPENING_CLOSING);
        add("408", "Quick arm", OPENING_CLOSING);
        add("409", "Keyswitch open/close", OPENING_CLOSING);
        add("411", "Callback request made", OTHER);
        add("412", "Successful download/access", OTHER);
        add("413", "Unsuccessful access", OTHER);
        add("414", "System shutdown command received", OTHER);
        add("415", "Dialer shutdown command received", OTHER);
        add("416", "Successful upload", OTHER);
        add("421", "Access denied", OTHER);
        add("422", "Access report by user", OTHER);
        add("423", "Forced access", BURGLARY);
        add("424", "Egress denied", OTHER);
        add("425", "Egress granted", OTHER);
        add("426", "Access door propped open", OTHER);
        add("427", "Access point door status monitor trouble", TECHNICAL);
        add("428", "Access point request-to-exit trouble", TECHNICAL);
        add("429", "Access program mode entry", OTHER);
        add("430", "Access program mode exit", OTHER);
        add("431", "Access threat level change", OTHER);
        add("432", "Access relay/trigger failure", TECHNICAL);
        add("433", "Access request-to-exit shunt", OTHER);
        add("434", "Access door status monitor shunt", OTHER);
        add("441", "Armed stay", OPENING_CLOSING);
        add("442", "Keyswitch armed stay", OPENING_CLOSING);
        add("450", "Exception open/close", OPENING_CLOSING);
        add("451", "Early open/close", OPENING_CLOSING);
        add("452", "Late open/close", OPENING_CLOSING);
        add("453", "Failed to open", OPENING_CLOSING);
        add("454", "Failed to close", OPENING_CLOSING);
        add("455", "Auto-arm failed", OPENING_CLOSING);
        add("456", "Partial arm", OPENING_CLOSING);
        add("457", "Exit error by user", OPENING_CLOSING);
        add("458", "User on premises", OPENING_CLOSING);
        add("459", "Recent close", OPENING_CLOSING);
        add("461", "Wrong code entry", TAMPER);
        add("462", "Legal code entry", OTHER);
        add("463", "Re-arm after alarm", OPENING_CLOSING);
        add("464", "Auto-arm time extended", OPENING_CLOSING);
        add("465", "Panic alarm reset", OTHER);
        add("466", "Service on/off premises", OTHER);
        // 5xx disables and bypasses
        add("520", "Sounder/relay disabled", OTHER);
        add("521", "Bell 1 disabled", OTHER);
        add("522", "Bell 2 disabled", OTHER);
        add("523", "Alarm relay disabled", OTHER);
        add("524", "Trouble relay disabled", OTHER);
        add("525", "Reversing relay disabled", OTHER);
        add("526", "Notification appliance 3 disabled", OTHER);
        add("527", "Notification appliance 4 disabled", OTHER);
        add("531", "Module added", OTHER);
        add("532", "Module removed", OTHER);
        add("551", "Dialer disabled", OTHER);
        add("552", "Radio transmitter disabled", OTHER);
        add("553", "Remote upload/download disabled", OTHER);
        add("570", "Zone/sensor bypass", OTHER);
        add("571", "Fire bypass", OTHER);
        add("572", "24-hour zone bypass", OTHER);
        add("573", "Burglary bypass", OTHER);
        add("574", "Group bypass", OTHER);
        add("575", "Swinger bypass", OTHER);
        add("576", "Access zone shunt", OTHER);
        add("577", "Access point bypass", OTHER);
        // 6xx tests and miscellaneous
        add("601", "Manual trigger test", TEST);
        add("602", "Periodic test", TEST);
        add("603", "Periodic RF transmission", TEST);
        add("604", "Fire test", TEST);
        add("605", "Status report to follow", OTHER);
        add("606", "Listen-in to follow", OTHER);
        add("607", "Walk test mode", TEST);
        add("608", "Periodic test, system trouble present", TEST);
        add("609", "Video transmitter active", OTHER);
        add("611", "Point tested OK", TEST);
        add("612", "Point not tested", TEST);
        add("613", "Intrusion zone walk tested", TEST);
        add("614", "Fire zone walk tested", TEST);
        add("615", "Panic zone walk tested", TEST);
        add("616", "Service request", TECHNICAL);
        add("621", "Event log reset", OTHER);
        add("622", "Event log 50% full", TECHNICAL);
        add("623", "Event log 90% full", TECHNICAL);
        add("624", "Event log overflow", TECHNICAL);
        add("625", "Time/date reset", OTHER);
        add("626", "Time/date inaccurate", TECHNICAL);
        add("627", "Program mode entry", OTHER);
        add("628", "Program mode exit", OTHER);
        add("629", "32-hour event log marker", OTHER);
        add("630", "Schedule change", OTHER);
        add("631", "Exception schedule change", OTHER);
        add("632", "Access schedule change", OTHER);
        add("654", "System inactivity", OTHER);
    }

    private ContactIdCodes() {
    }

    private static void add(String event, String meaning, EventCategory category) {
        if (CODES.put(event, new ContactIdCode(event, meaning, category)) != null) {
            throw new IllegalStateException("Contact ID code " + event + " listed twice");
        }
    }

    /** @param eventCode the three digits XYZ ("130"); qualifier + XYZ ("1130") is accepted too */
    public static Optional<ContactIdCode> lookup(String eventCode) {
        if (eventCode == null) {
            return Optional.empty();
        }
        String key = eventCode.length() == 4 ? eventCode.substring(1) : eventCode;
        return Optional.ofNullable(CODES.get(key));
    }

    /** All codes, in numerical order. */
    public static Collection<ContactIdCode> all() {
        return Collections.unmodifiableCollection(CODES.values());
    }
}
