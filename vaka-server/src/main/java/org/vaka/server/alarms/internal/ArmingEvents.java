package org.vaka.server.alarms.internal;

import java.util.Optional;
import java.util.Set;

import org.vaka.server.alarms.ArmingState;
import org.vaka.server.signals.LoggedSignal;

/**
 * Which openings and closings change a site's arming. SIA has a code per direction; Contact ID has one code for
 * both, the event qualifier (new event) meaning opened and the restore qualifier meaning closed.
 */
final class ArmingEvents {

    private static final Set<String> SIA_DISARMED = Set.of("OP", "OA", "OG", "OQ", "OS", "OR");
    private static final Set<String> SIA_ARMED_AWAY = Set.of("CL", "CA", "CF", "CP", "CQ", "CS");
    private static final Set<String> SIA_ARMED_HOME = Set.of("NL", "CG");
    private static final Set<String> CID_OPEN_CLOSE = Set.of("400", "401", "402", "403", "407", "408", "409");
    private static final Set<String> CID_STAY = Set.of("441", "442");

    private ArmingEvents() {
    }

    static Optional<ArmingState> stateAfter(LoggedSignal signal) {
        String code = signal.code();
        if (code == null) {
            return Optional.empty();
        }
        if (CID_OPEN_CLOSE.contains(code)) {
            return Optional.of(signal.restore() ? ArmingState.ARMED_AWAY : ArmingState.DISARMED);
        }
        if (CID_STAY.contains(code)) {
            return Optional.of(signal.restore() ? ArmingState.ARMED_HOME : ArmingState.DISARMED);
        }
        if (signal.restore()) {
            return Optional.empty();
        }
        if (SIA_DISARMED.contains(code)) {
            return Optional.of(ArmingState.DISARMED);
        }
        if (SIA_ARMED_AWAY.contains(code)) {
            return Optional.of(ArmingState.ARMED_AWAY);
        }
        return SIA_ARMED_HOME.contains(code) ? Optional.of(ArmingState.ARMED_HOME) : Optional.empty();
    }
}
