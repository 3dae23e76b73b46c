package org.vaka.server.devices;

import java.util.List;

import org.vaka.protocol.mqtt.PanelStatus;

/**
 * What a site's panel last said about itself over MQTT, with what may be used now. Plugs and temperatures need
 * the panel on Ethernet; when it is on GSM alone they are marked unavailable with the reason.
 *
 * @param online    the panel is connected to the broker now
 * @param arming    a Home Assistant alarm state, or {@code unknown} before the panel has said anything
 * @param updatedAt when the panel last published its status (panel time), null if never
 */
public record SiteState(long siteId, String account, boolean online, String arming, Boolean mains, Integer battery,
                        PanelStatus.Paths paths, List<PanelStatus.OpenZone> openZones, List<Plug> plugs, List<Lock> locks,
                        List<Temperature> temperatures, String unavailableReason, String updatedAt) {

    public record Plug(String id, String name, boolean on, boolean available) {
    }

    public record Lock(String id, String name, String state, boolean available) {
    }

    public record Temperature(int zone, String name, double celsius, boolean available) {
    }
}
