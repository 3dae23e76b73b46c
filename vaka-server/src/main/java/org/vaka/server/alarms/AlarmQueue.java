package org.vaka.server.alarms;

import java.util.List;
import java.util.Optional;

/**
 * The operators' queue. Every call is scoped to the caller's tenant. Taking is first come, first served: of two
 * operators taking at once, one gets the alarm and the other an {@link AlarmConflictException} naming who has it.
 */
public interface AlarmQueue {

    /** Open and taken alarms, most urgent first, then oldest first. */
    List<AlarmView> queue(long tenantId);

    /** The head of the queue: its first {@code limit} alarms, so a storm's thousands are not read for a glance. */
    List<AlarmView> queue(long tenantId, int limit);

    /** How many alarms are open or taken. */
    int queueLength(long tenantId);

    Optional<AlarmView> find(long tenantId, long alarmId);

    /** @return empty when there is no such alarm for the tenant */
    Optional<AlarmView> take(long tenantId, long alarmId, String operator);

    /**
     * Closes an alarm the operator has taken, once every required step is done or skipped with a reason.
     *
     * @return empty when there is no such alarm for the tenant
     */
    Optional<AlarmView> close(long tenantId, long alarmId, String operator, Resolution resolution, String note);

    /** The alarm's action instruction as a checklist, with what has been done or skipped. */
    List<ChecklistItem> checklist(long tenantId, long alarmId);

    /**
     * Records a step as done, or skipped with a reason, by the operator who has the alarm.
     *
     * @return empty when there is no such alarm for the tenant
     * @throws IllegalArgumentException for an unknown step, or a skip without a reason
     */
    Optional<List<ChecklistItem>> settleStep(long tenantId, long alarmId, int position, String operator, boolean done,
                                             String reason);

    /**
     * Checks what a caller says against the site's verification word, for the operator handling the alarm. Only
     * the outcome is kept (never the word); a match also settles the instruction's verification step.
     *
     * @return empty when there is no such alarm; otherwise whether the word matched
     * @throws IllegalStateException when the site has no verification word
     */
    Optional<Boolean> verify(long tenantId, long alarmId, String operator, String word);

    enum CallOutcome { ANSWERED, NO_ANSWER, BUSY }

    /** Records a call to the site's contact at {@code position} and how it went. */
    Optional<AlarmView> recordCall(long tenantId, long alarmId, String operator, int position, CallOutcome outcome);

    /** Handling times of the alarms raised in {@code [from, to)}, per priority and per operator. */
    AlarmKpis kpis(long tenantId, java.time.Instant from, java.time.Instant to);

    /** The audit trail, oldest first. */
    List<AlarmAction> trail(long tenantId, long alarmId);
}
