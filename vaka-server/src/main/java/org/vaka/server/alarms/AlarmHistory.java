package org.vaka.server.alarms;

import java.util.List;

import org.vaka.server.signals.StoredSignal;

/** Alarms after the queue: the closed ones, and the signals an alarm was made of. Scoped to the caller's tenant. */
public interface AlarmHistory {

    /** Closed alarms, newest first; of one panel account when {@code account} is given. */
    List<AlarmView> closed(long tenantId, String account, int limit);

    /** The signals that raised or joined the alarm, oldest first, at most {@code limit}. */
    List<StoredSignal> events(long tenantId, long alarmId, int limit);
}
