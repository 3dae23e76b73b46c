package org.vaka.server.alarms;

import java.time.Instant;

/** One step of an alarm's action instruction and how it went: {@code outcome} is null, DONE or SKIPPED. */
public record ChecklistItem(int position, String text, boolean required, String outcome, String reason, String by,
                            Instant at) {

    public boolean settled() {
        return outcome != null;
    }
}
