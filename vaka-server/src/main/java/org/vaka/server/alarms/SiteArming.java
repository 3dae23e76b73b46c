package org.vaka.server.alarms;

import java.time.Instant;

/** A site's arming as its last opening or closing left it, and who did it (the panel user number, when sent). */
public record SiteArming(ArmingState state, String byUser, Instant changedAt) {
}
