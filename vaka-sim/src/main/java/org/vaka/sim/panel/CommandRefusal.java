package org.vaka.sim.panel;

/** Why the panel turned a keypad or app command down, for whoever must act on it rather than read it. */
public enum CommandRefusal {
    /** The code belongs to no user of the panel. */
    WRONG_CODE,
    /** Zones the arming would watch are open; {@link CommandResult#openZones()} lists them. */
    NOT_READY,
    /** The command does not apply in the panel's present state, e.g. disarming a disarmed panel. */
    NOT_ALLOWED
}
