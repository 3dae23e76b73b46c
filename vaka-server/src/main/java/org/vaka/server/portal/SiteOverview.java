package org.vaka.server.portal;

import java.time.Instant;
import java.util.List;

/**
 * One alarm system as its customer sees it.
 *
 * @param arming     the panel's live state: {@code disarmed}, {@code arming}, {@code armed_away}, {@code armed_home},
 *                   {@code pending}, {@code triggered}, or {@code unknown} before the panel has said anything
 * @param armedBy    who last armed or disarmed, by name when the panel user is known; null when not heard yet
 * @param changedAt  when that was (the centre's time of the opening or closing)
 * @param faults     {@code MAINS_OUT}, {@code BATTERY_LOW}, {@code TAMPER}, {@code JAMMING}, {@code COMMUNICATION}
 */
public record SiteOverview(long id, String name, boolean online, String arming, String armedBy, Instant changedAt,
                           Boolean mains, Integer battery, Connection connection, List<OpenZone> openZones,
                           List<String> faults, String updatedAt) {

    /** Which ways the panel reaches the centre right now. */
    public record Connection(boolean ethernet, boolean gsm) {
    }

    public record OpenZone(int zone, String name) {
    }

    public boolean armed() {
        return arming.startsWith("armed");
    }
}
