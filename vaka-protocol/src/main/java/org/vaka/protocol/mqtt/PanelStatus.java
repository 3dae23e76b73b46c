package org.vaka.protocol.mqtt;

import java.util.List;

/**
 * Everything a panel tells about itself, as one retained JSON document on {@link PanelTopics#status()}.
 * The panel republishes it whenever any part changes, so the last one is always the whole truth.
 *
 * @param arming       a Home Assistant alarm state: {@code disarmed}, {@code arming}, {@code armed_away},
 *                     {@code armed_home}, {@code pending} or {@code triggered}
 * @param mains        whether mains power is on
 * @param battery      backup battery charge, 0 to 100
 * @param paths        which reporting paths are up
 * @param openZones    zones open right now
 * @param plugs        smart plugs (at the panel's Ethernet side)
 * @param locks        door locks, at most two
 * @param temperatures readings from detectors with a temperature sensor
 * @param at           the panel's time of this status, ISO-8601
 */
public record PanelStatus(String arming, boolean mains, int battery, Paths paths, List<OpenZone> openZones,
                          List<Plug> plugs, List<Lock> locks, List<Temperature> temperatures, String at) {

    public static final int MAX_LOCKS = 2;

    public PanelStatus {
        openZones = openZones == null ? List.of() : List.copyOf(openZones);
        plugs = plugs == null ? List.of() : List.copyOf(plugs);
        locks = locks == null ? List.of() : List.copyOf(locks);
        temperatures = temperatures == null ? List.of() : List.copyOf(temperatures);
    }

    public record Paths(boolean ethernet, boolean gsm) {
    }

    public record OpenZone(int zone, String name) {
    }

    public record Plug(String id, String name, boolean on) {
    }

    /** @param state {@code LOCKED} or {@code UNLOCKED}, as Home Assistant's MQTT lock */
    public record Lock(String id, String name, String state) {
    }

    public record Temperature(int zone, String name, double celsius) {
    }
}
