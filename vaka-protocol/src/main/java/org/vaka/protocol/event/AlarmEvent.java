package org.vaka.protocol.event;

/**
 * One thing a panel said, whatever format it came in.
 *
 * @param format    SIA DC-03 or Contact ID
 * @param code      SIA two letters ("BA") or Contact ID qualifier + event ("1130"); the raw content when unparseable
 * @param meaning   "Burglary alarm"; "Unknown code XY" when unknown
 * @param category  routing class; OTHER when unknown
 * @param restore   BR, FR, ... or CID qualifier 3 on an alarm/trouble code
 * @param known     false: code not in our tables (or data unparseable), kept raw and flagged
 * @param zone      zone (or device) number as sent; null when absent
 * @param user      user number as sent; null when absent
 * @param partition "ri" for SIA, GG for CID; null when absent or all zeros
 * @param text      SIA ^text^ (trimmed) or A-block text; null when absent
 * @param raw       the event's own text as received: the SIA "N" block it came from, or the Contact ID group
 */
public record AlarmEvent(
        EventFormat format,
        String code,
        String meaning,
        EventCategory category,
        boolean restore,
        boolean known,
        String zone,
        String user,
        String partition,
        String text,
        String raw) {

    AlarmEvent withText(String newText) {
        return new AlarmEvent(format, code, meaning, category, restore, known, zone, user, partition, newText, raw);
    }
}
