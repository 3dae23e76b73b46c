package org.vaka.sim.panel;

public enum ArmingState {
    DISARMED,
    /** Exit delay running: the household is on its way out. */
    ARMING,
    ARMED_AWAY,
    /** Only the perimeter is armed; people move about inside. */
    ARMED_HOME,
    /** Entry delay running: someone came in through an entry door and has until it ends to disarm. */
    PENDING,
    TRIGGERED
}
