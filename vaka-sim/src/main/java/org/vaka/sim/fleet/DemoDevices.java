package org.vaka.sim.fleet;

import org.vaka.sim.panel.DoorLock;
import org.vaka.sim.panel.PanelDevices;
import org.vaka.sim.panel.SmartPlug;

/**
 * The plugs and locks in each demo house, so the console has a bit of everything to show:
 * <ul>
 *   <li>1234: plugs {@code p1} "Coffee maker" and {@code p2} "Hall lamp", lock {@code front} "Front door";</li>
 *   <li>5678: plug {@code p1} "Garden lights", locks {@code front} "Front door" and {@code back} "Back door"
 *       (the most a panel takes);</li>
 *   <li>9ABC: plug {@code p1} "Living-room lamp", no lock;</li>
 *   <li>any other account (the load fleet): the same as 1234, so every house has plug {@code p1} to switch.</li>
 * </ul>
 */
final class DemoDevices {

    private DemoDevices() {
    }

    static PanelDevices of(String account) {
        return switch (account) {
            case "5678" -> new PanelDevices()
                    .add(new SmartPlug("p1", "Garden lights"))
                    .add(new DoorLock("front", "Front door"))
                    .add(new DoorLock("back", "Back door"));
            case "9ABC" -> new PanelDevices()
                    .add(new SmartPlug("p1", "Living-room lamp"));
            case "2468" -> new PanelDevices()
                    .add(new SmartPlug("p1", "Saunan kiuas"));
            default -> new PanelDevices()
                    .add(new SmartPlug("p1", "Coffee maker"))
                    .add(new SmartPlug("p2", "Hall lamp"))
                    .add(new DoorLock("front", "Front door"));
        };
    }
}
