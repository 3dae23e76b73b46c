package org.vaka.server.alarms;

/** Whether a site is armed, as the panel's openings and closings tell it. */
public enum ArmingState {
    ARMED_AWAY, ARMED_HOME, DISARMED;

    public boolean armed() {
        return this != DISARMED;
    }

    private static final java.util.Set<String> SIA_DISARMED = java.util.Set.of("OP", "OA", "OG", "OQ", "OS", "OR");
    private static final java.util.Set<String> SIA_ARMED_AWAY = java.util.Set.of("CL", "CA", "CF", "CP", "CQ", "CS");
    private static final java.util.Set<String> SIA_ARMED_HOME = java.util.Set.of("NL", "CG");
    private static final java.util.Set<String> CID_OPEN_CLOSE = java.util.Set.of("400", "401", "402", "403", "407", "408", "409");
    private static final java.util.Set<String> CID_STAY = java.util.Set.of("441", "442");

    /**
     * The arming an opening or closing leaves a site in; empty for any other event. SIA has a code per direction;
     * Contact ID has one code for both, the event qualifier (new event) meaning opened and the restore qualifier
     * meaning closed.
     */
    public static java.util.Optional<ArmingState> after(String code, boolean restore) {
        if (code == null) {
            return java.util.Optional.empty();
        }
        if (CID_OPEN_CLOSE.contains(code)) {
            return java.util.Optional.of(restore ? ARMED_AWAY : DISARMED);
        }
        if (CID_STAY.contains(code)) {
            return java.util.Optional.of(restore ? ARMED_HOME : DISARMED);
        }
        if (restore) {
            return java.util.Optional.empty();
        }
        if (SIA_DISARMED.contains(code)) {
            return java.util.Optional.of(DISARMED);
        }
        if (SIA_ARMED_AWAY.contains(code)) {
            return java.util.Optional.of(ARMED_AWAY);
        }
        return SIA_ARMED_HOME.contains(code) ? java.util.Optional.of(ARMED_HOME) : java.util.Optional.empty();
    }
}
