package org.vaka.sim.fleet;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.vaka.sim.mqtt.BrokerAddress;

/**
 * What a {@link Fleet} is to run.
 *
 * @param broker      null to run without MQTT
 * @param pathOutages whether the houses' lives include broadband (and rarely mobile) outages
 * @param spread      the houses' first link tests and MQTT connects are spread evenly over this long, so a big
 *                    fleet does not open thousands of connections in the same instant
 */
public record FleetPlan(List<FleetPanel> panels, String receiverHost, int receiverPort, BrokerAddress broker,
                        boolean pathOutages, Duration spread) {

    public FleetPlan {
        panels = List.copyOf(panels);
        Objects.requireNonNull(receiverHost, "receiverHost");
        Objects.requireNonNull(spread, "spread");
    }
}
