package org.vaka.sim.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.vaka.protocol.mqtt.PanelStatus;

/**
 * The smart plugs and door locks enrolled at one panel, in the order they were enrolled. The panel's lock
 * integration drives at most {@value PanelStatus#MAX_LOCKS} locks, as the Yale Doorman one does.
 */
public final class PanelDevices {

    private final List<SmartPlug> plugs = new ArrayList<>();
    private final List<DoorLock> locks = new ArrayList<>();

    public PanelDevices add(SmartPlug plug) {
        if (plug(plug.id()).isPresent()) {
            throw new IllegalArgumentException("plug id " + plug.id() + " is taken");
        }
        plugs.add(plug);
        return this;
    }

    public PanelDevices add(DoorLock lock) {
        if (locks.size() == PanelStatus.MAX_LOCKS) {
            throw new IllegalArgumentException("a panel drives at most " + PanelStatus.MAX_LOCKS
                    + " locks; cannot enrol " + lock.id());
        }
        if (lock(lock.id()).isPresent()) {
            throw new IllegalArgumentException("lock id " + lock.id() + " is taken");
        }
        locks.add(lock);
        return this;
    }

    public Optional<SmartPlug> plug(String id) {
        return plugs.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<DoorLock> lock(String id) {
        return locks.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public List<SmartPlug> plugs() {
        return List.copyOf(plugs);
    }

    public List<DoorLock> locks() {
        return List.copyOf(locks);
    }
}
