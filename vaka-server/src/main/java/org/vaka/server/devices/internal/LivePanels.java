package org.vaka.server.devices.internal;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.vaka.protocol.mqtt.PanelStatus;

/**
 * The panels' last published availability and status, by account number. Filled from retained messages, so
 * after a server restart it is whole again as soon as the subscription is back.
 */
@Component
class LivePanels {

    private final Map<String, PanelSnapshot> panels = new ConcurrentHashMap<>();

    PanelSnapshot get(String account) {
        return panels.getOrDefault(key(account), PanelSnapshot.NEVER_HEARD);
    }

    void availability(String account, boolean online) {
        panels.compute(key(account), (k, old) -> (old == null ? PanelSnapshot.NEVER_HEARD : old).withOnline(online));
    }

    void status(String account, PanelStatus status) {
        panels.compute(key(account), (k, old) -> (old == null ? PanelSnapshot.NEVER_HEARD : old).withStatus(status));
    }

    /** Without a broker connection nobody can be reached; the retained availability comes back with it. */
    void allUnreachable() {
        panels.replaceAll((k, snapshot) -> snapshot.withOnline(false));
    }

    int online() {
        return (int) panels.values().stream().filter(PanelSnapshot::online).count();
    }

    private static String key(String account) {
        return account.toUpperCase(Locale.ROOT);
    }
}
