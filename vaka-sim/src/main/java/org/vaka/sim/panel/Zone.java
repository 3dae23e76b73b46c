package org.vaka.sim.panel;

import java.util.Objects;

/** One detector as the panel sees it: what it is, and whether it is open or tampered right now. */
public final class Zone {

    private final int number;
    private final String name;
    private final ZoneType type;
    private boolean open;
    private boolean tampered;
    private double temperatureCelsius = 21.0;

    public Zone(int number, String name, ZoneType type) {
        if (number < 1 || number > 999) {
            throw new IllegalArgumentException("zone number must be 1..999, not " + number);
        }
        this.number = number;
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
    }

    public int number() {
        return number;
    }

    public String name() {
        return name;
    }

    public ZoneType type() {
        return type;
    }

    public boolean perimeter() {
        return type.perimeter();
    }

    public boolean isOpen() {
        return open;
    }

    void setOpen(boolean open) {
        this.open = open;
    }

    public boolean isTampered() {
        return tampered;
    }

    void setTampered(boolean tampered) {
        this.tampered = tampered;
    }

    /** Only camera detectors measure it; the app shows it per room. */
    public double temperatureCelsius() {
        if (type != ZoneType.MOTION_CAMERA) {
            throw new IllegalStateException("zone " + number + " (" + type + ") has no thermometer");
        }
        return temperatureCelsius;
    }

    public void setTemperatureCelsius(double celsius) {
        if (type != ZoneType.MOTION_CAMERA) {
            throw new IllegalStateException("zone " + number + " (" + type + ") has no thermometer");
        }
        this.temperatureCelsius = celsius;
    }

    @Override
    public String toString() {
        return number + " " + name + " (" + type + (open ? ", open" : "") + (tampered ? ", tampered" : "") + ")";
    }
}
