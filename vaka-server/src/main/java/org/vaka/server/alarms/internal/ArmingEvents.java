package org.vaka.server.alarms.internal;

import java.util.Optional;

import org.vaka.server.alarms.ArmingState;
import org.vaka.server.signals.LoggedSignal;

/** Which openings and closings change a site's arming (the codes are {@link ArmingState#after}'s, shared with the portal). */
final class ArmingEvents {

    private ArmingEvents() {
    }

    static Optional<ArmingState> stateAfter(LoggedSignal signal) {
        return ArmingState.after(signal.code(), signal.restore());
    }
}
