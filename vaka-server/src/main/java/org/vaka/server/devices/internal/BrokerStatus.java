package org.vaka.server.devices.internal;

import org.springframework.stereotype.Component;
import org.vaka.server.devices.DeviceBroker;

@Component
class BrokerStatus implements DeviceBroker {

    private final BrokerRuntime runtime;
    private final BrokerConnection connection;
    private final LivePanels panels;
    private final PendingCommands pending;

    BrokerStatus(BrokerRuntime runtime, BrokerConnection connection, LivePanels panels, PendingCommands pending) {
        this.runtime = runtime;
        this.connection = connection;
        this.panels = panels;
        this.pending = pending;
    }

    @Override
    public boolean connected() {
        return connection.connected();
    }

    @Override
    public int panelsOnline() {
        return panels.online();
    }

    @Override
    public int embeddedPort() {
        return runtime.embeddedPort();
    }

    @Override
    public int commandsPending() {
        return pending.size();
    }
}
