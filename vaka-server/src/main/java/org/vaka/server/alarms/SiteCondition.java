package org.vaka.server.alarms;

import java.time.Instant;
import java.util.List;

/**
 * A site as its event stream leaves it: armed or not and by whom, mains power, battery, tampered zones, radio
 * jamming, zones in alarm (not yet restored), and each communication path's supervision.
 *
 * @param arming null when no opening or closing has been heard yet
 */
public record SiteCondition(SiteArming arming, boolean mainsOut, boolean batteryLow, List<String> tamperedZones,
                            boolean jammed, List<String> zonesInAlarm, List<Path> paths, int eventsRead) {

    /** A communication path of the site's panel: when it was last heard, and whether it is overdue. */
    public record Path(String account, String path, Instant lastHeard, boolean inFault) {
    }
}
