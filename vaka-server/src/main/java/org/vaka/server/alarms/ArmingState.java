package org.vaka.server.alarms;

/** Whether a site is armed, as the panel's openings and closings tell it. */
public enum ArmingState {
    ARMED_AWAY, ARMED_HOME, DISARMED;

    public boolean armed() {
        return this != DISARMED;
    }
}
