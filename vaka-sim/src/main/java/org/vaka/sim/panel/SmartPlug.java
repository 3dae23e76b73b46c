package org.vaka.sim.panel;

import java.util.Objects;

/** A Z-Wave smart plug paired with the panel: the coffee maker or a lamp, switched from the app. Starts off. */
public final class SmartPlug {

    private final String id;
    private final String name;
    private boolean on;

    public SmartPlug(String id, String name) {
        this.id = DeviceId.checked(id);
        this.name = Objects.requireNonNull(name, "name");
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public boolean isOn() {
        return on;
    }

    public void switchTo(boolean on) {
        this.on = on;
    }

    @Override
    public String toString() {
        return "plug " + id + " (" + name + ", " + (on ? "on" : "off") + ")";
    }
}
