package org.vaka.server.devices;

import java.time.Instant;
import java.util.List;

import org.vaka.protocol.mqtt.PanelStatus;

/**
 * One command as its sender and the site's history see it.
 *
 * @param refusal        when failed, a {@link org.vaka.protocol.mqtt.Refusal} name
 * @param reason         when failed, why, in words
 * @param roundTripMillis from the command leaving for the broker to the panel's answer arriving
 */
public record CommandView(String id, long siteId, String account, String type, String target, CommandStatus status,
                          String refusal, String reason, List<PanelStatus.OpenZone> openZones, String issuedBy,
                          Instant issuedAt, Instant finishedAt, Integer roundTripMillis) {

    public CommandView {
        openZones = openZones == null ? List.of() : List.copyOf(openZones);
    }

    public boolean finished() {
        return status != CommandStatus.PENDING;
    }
}
