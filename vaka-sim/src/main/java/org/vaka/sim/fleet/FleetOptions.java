package org.vaka.sim.fleet;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.vaka.sim.mqtt.BrokerAddress;

/**
 * What the command line of {@link FleetCommand} or {@link CommandBenchCommand} decided.
 *
 * @param duration null: until stopped
 */
record FleetOptions(
        boolean help,
        int panels,
        long firstAccount,
        String receiverHost,
        int receiverPort,
        URI api,
        String user,
        String password,
        String mqttHost,
        int mqttPort,
        String brokerPasswordPrefix,
        Duration duration,
        boolean register,
        boolean pathOutages,
        double rate,
        boolean noFleet,
        Duration connectTimeout,
        Duration answerTimeout) {

    /** Decimal numbers from the first on: the server takes 3-16 hex digits, and decimal ones read best. */
    List<String> accounts() {
        List<String> accounts = new ArrayList<>(panels);
        for (int i = 0; i < panels; i++) {
            accounts.add(Long.toString(firstAccount + i));
        }
        return accounts;
    }

    List<FleetPanel> fleetPanels() {
        return accounts().stream().map(a -> new FleetPanel(a, null, brokerPasswordPrefix + a)).toList();
    }

    BrokerAddress broker() {
        return new BrokerAddress(mqttHost, mqttPort);
    }

    @Override
    public String toString() {
        return "FleetOptions[" + panels + " panels from " + firstAccount + "]"; // never the passwords
    }
}
