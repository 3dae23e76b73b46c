package org.vaka.sim.panel;

/**
 * What a detector is. The type decides whether the zone belongs to the shell of the house (armed in home mode
 * too), whether it is watched around the clock regardless of arming, and what it reports when it goes off.
 */
public enum ZoneType {
    DOOR(true, false, ReportedEvent.BURGLARY, ReportedEvent.BURGLARY_RESTORE),
    WINDOW(true, false, ReportedEvent.BURGLARY, ReportedEvent.BURGLARY_RESTORE),
    MOTION(false, false, ReportedEvent.BURGLARY, ReportedEvent.BURGLARY_RESTORE),
    /** A PIR with a camera, as Verisure and Sector Alarm install them; also reports the room temperature. */
    MOTION_CAMERA(false, false, ReportedEvent.BURGLARY, ReportedEvent.BURGLARY_RESTORE),
    SMOKE(false, true, ReportedEvent.FIRE, ReportedEvent.FIRE_RESTORE),
    PANIC(false, true, ReportedEvent.PANIC, ReportedEvent.PANIC_RESTORE);

    private final boolean perimeter;
    private final boolean alwaysArmed;
    private final ReportedEvent alarm;
    private final ReportedEvent restore;

    ZoneType(boolean perimeter, boolean alwaysArmed, ReportedEvent alarm, ReportedEvent restore) {
        this.perimeter = perimeter;
        this.alwaysArmed = alwaysArmed;
        this.alarm = alarm;
        this.restore = restore;
    }

    /** Doors and windows: the shell that stays armed while people are home. */
    public boolean perimeter() {
        return perimeter;
    }

    /** Smoke and panic: life safety, so they alarm whether or not anyone armed the panel. */
    public boolean alwaysArmed() {
        return alwaysArmed;
    }

    /** Doors are the way in, so opening one starts the entry delay instead of alarming at once. */
    public boolean entryRoute() {
        return this == DOOR;
    }

    public ReportedEvent alarm() {
        return alarm;
    }

    public ReportedEvent restore() {
        return restore;
    }
}
