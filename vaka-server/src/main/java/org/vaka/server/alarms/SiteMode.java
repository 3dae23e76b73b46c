package org.vaka.server.alarms;

import java.time.Instant;

/**
 * A period in which a site's signals are treated differently: {@code TEST} — logged, shown as test, never queued;
 * {@code SERVICE} — tamper, trouble and communication signals (of one zone, when {@code zone} is set) raise no alarm.
 */
public record SiteMode(long id, long siteId, Kind mode, String zone, Instant startsAt, Instant endsAt, String setBy) {

    public enum Kind { TEST, SERVICE }

    public boolean covers(Instant at) {
        return !at.isBefore(startsAt) && at.isBefore(endsAt);
    }

    /** Would this mode keep an alarm of this kind, from this zone, at this time out of the queue? */
    public boolean silences(AlarmKind kind, String eventZone, Instant at) {
        if (!covers(at)) {
            return false;
        }
        if (mode == Kind.TEST) {
            return true;
        }
        boolean trouble = kind == AlarmKind.TAMPER || kind == AlarmKind.TECHNICAL || kind == AlarmKind.SUPERVISION;
        return trouble && (zone == null || zone.equals(eventZone));
    }
}
