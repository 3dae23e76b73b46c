package org.vaka.protocol.mqtt;

import java.util.List;

/**
 * A panel's answer to one {@link PanelCommand}, as JSON on {@link PanelTopics#result()}.
 *
 * @param id        the command's id, as it came
 * @param ok        whether the panel did it
 * @param refusal   when not ok, a {@link Refusal} name
 * @param message   when not ok, the reason in words a user would see on the keypad
 * @param openZones for {@link Refusal#NOT_READY}, the zones that must be closed first
 */
public record PanelCommandResult(String id, boolean ok, String refusal, String message, List<PanelStatus.OpenZone> openZones) {

    public PanelCommandResult {
        openZones = openZones == null ? List.of() : List.copyOf(openZones);
    }

    public static PanelCommandResult done(String id) {
        return new PanelCommandResult(id, true, null, null, List.of());
    }

    public static PanelCommandResult refused(String id, Refusal refusal, String message) {
        return new PanelCommandResult(id, false, refusal.name(), message, List.of());
    }

    public static PanelCommandResult notReady(String id, String message, List<PanelStatus.OpenZone> openZones) {
        return new PanelCommandResult(id, false, Refusal.NOT_READY.name(), message, openZones);
    }
}
