package org.vaka.server.devices.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.vaka.server.devices.DeviceBroker;

@Component
class BrokerStatus implements DeviceBroker {

    private final BrokerRuntime runtime;
    private final BrokerConnection connection;
    private final LivePanels panels;
    private final PendingCommands pending;

    BrokerStatus(BrokerRuntime runtime, BrokerConnection connection, LivePanels panels, PendingCommands pending,
                 MeterRegistry meters) {
        this.runtime = runtime;
        this.connection = connection;
        this.panels = panels;
        this.pending = pending;
        Gauge.builder("vaka.devices.panels.online", this, BrokerStatus::panelsOnline)
                .description("panels connected to the MQTT broker, by their availability topic").register(meters);
        Gauge.builder("vaka.devices.commands.pending", this, BrokerStatus::commandsPending)
                .description("commands sent to panels and not yet answered").register(meters);
        Gauge.builder("vaka.devices.broker.connected", this, b -> b.connected() ? 1 : 0)
                .description("1 while the server is connected to the MQTT broker").register(meters);
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
