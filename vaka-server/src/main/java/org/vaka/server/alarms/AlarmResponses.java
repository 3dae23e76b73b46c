package org.vaka.server.alarms;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the operator handling an alarm does beyond calling: sends a guard and records what the guard found, calls
 * emergency services, writes notes. Each goes into the audit trail; only the operator who has taken the alarm may
 * act on it ({@link AlarmConflictException} otherwise). Every method answers empty for an alarm the tenant lacks.
 */
public interface AlarmResponses {

    record GuardDispatch(long id, long alarmId, String company, String dispatchedBy, Instant dispatchedAt,
                         Instant arrivedAt, String report) {
    }

    Optional<GuardDispatch> dispatchGuard(long tenantId, long alarmId, String operator, String company);

    /** @throws IllegalArgumentException for a dispatch that is not the alarm's, or one already reported */
    Optional<GuardDispatch> guardArrived(long tenantId, long alarmId, long dispatchId, String operator, String report);

    List<GuardDispatch> dispatches(long tenantId, long alarmId);

    /** Records a call to emergency services (112, police, rescue) and the reference they gave. */
    Optional<AlarmView> emergencyCalled(long tenantId, long alarmId, String operator, String service, String reference);

    Optional<AlarmView> note(long tenantId, long alarmId, String operator, String text);
}
