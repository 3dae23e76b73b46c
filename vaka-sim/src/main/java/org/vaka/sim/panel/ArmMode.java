package org.vaka.sim.panel;

/** Which zones arming covers. */
public enum ArmMode {
    AWAY,
    HOME;

    ArmingState armedState() {
        return this == AWAY ? ArmingState.ARMED_AWAY : ArmingState.ARMED_HOME;
    }

    /** Whether a zone is watched once armed in this mode; life-safety zones are watched regardless. */
    boolean covers(Zone zone) {
        return this == AWAY || zone.perimeter();
    }
}
