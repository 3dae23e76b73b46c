package org.vaka.server.portal;

import java.time.Instant;
import java.util.List;

import org.vaka.server.devices.CommandStatus;
import org.vaka.server.devices.CommandView;

/**
 * A customer's arm or disarm command and the panel's answer.
 *
 * @param refusal why it did not happen, when failed: {@code NOT_READY} (with the open zones), {@code WRONG_CODE},
 *                {@code PANEL_OFFLINE}, {@code TIMED_OUT}, ...
 */
public record PortalCommand(String id, long siteId, String type, CommandStatus status, String refusal, String reason,
                            List<SiteOverview.OpenZone> openZones, Instant issuedAt, Instant finishedAt) {

    static PortalCommand of(CommandView view) {
        return new PortalCommand(view.id(), view.siteId(), view.type(), view.status(), view.refusal(), view.reason(),
                view.openZones().stream().map(z -> new SiteOverview.OpenZone(z.zone(), z.name())).toList(),
                view.issuedAt(), view.finishedAt());
    }

    public boolean finished() {
        return status != CommandStatus.PENDING;
    }

    public boolean succeeded() {
        return status == CommandStatus.SUCCEEDED;
    }
}
