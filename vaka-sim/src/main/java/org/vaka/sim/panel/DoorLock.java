package org.vaka.sim.panel;

import java.util.Objects;

/** A Yale Doorman lock enrolled at the panel. Starts locked, as a door with an auto-lock is found. */
public final class DoorLock {

    private final String id;
    private final String name;
    private boolean locked = true;

    public DoorLock(String id, String name) {
        this.id = DeviceId.checked(id);
        this.name = Objects.requireNonNull(name, "name");
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public boolean isLocked() {
        return locked;
    }

    public void lock() {
        locked = true;
    }

    public void unlock() {
        locked = false;
    }

    @Override
    public String toString() {
        return "lock " + id + " (" + name + ", " + (locked ? "locked" : "unlocked") + ")";
    }
}
