package org.vaka.server.devices.internal;

import org.vaka.protocol.mqtt.PanelStatus;

/** What the server last heard from one panel over MQTT; {@code status} is null until the panel has published one. */
record PanelSnapshot(boolean online, PanelStatus status) {

    static final PanelSnapshot NEVER_HEARD = new PanelSnapshot(false, null);

    PanelSnapshot withOnline(boolean online) {
        return new PanelSnapshot(online, status);
    }

    PanelSnapshot withStatus(PanelStatus status) {
        return new PanelSnapshot(online, status);
    }
}
