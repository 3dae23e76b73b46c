package org.vaka.server.alarms.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vaka.server.alarms.AlarmConflictException;
import org.vaka.server.alarms.AlarmQueue;
import org.vaka.server.alarms.AlarmResponses;
import org.vaka.server.alarms.AlarmStatus;
import org.vaka.server.alarms.AlarmView;
import org.vaka.server.alarms.ChecklistItem;
import org.vaka.server.sites.InstructionAction;

@Service
class JdbcAlarmResponses implements AlarmResponses {

    private final JdbcClient jdbc;
    private final AlarmQueue queue;
    private final AlarmTrail trail;
    private final Clock clock;
    private final AlarmChecklist checklist;

    JdbcAlarmResponses(JdbcClient jdbc, AlarmQueue queue, AlarmTrail trail, Clock clock, AlarmChecklist checklist) {
        this.checklist = checklist;
        this.jdbc = jdbc;
        this.queue = queue;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Optional<GuardDispatch> dispatchGuard(long tenantId, long alarmId, String operator, String company) {
        return handledBy(tenantId, alarmId, operator).map(alarm -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            var key = new GeneratedKeyHolder();
            jdbc.sql("""
                    insert into guard_dispatch (alarm_id, tenant_id, company, dispatched_by, dispatched_at)
                    values (?, ?, ?, ?, ?)""").params(alarmId, tenantId, company, operator, now).update(key, "id");
            trail.append(alarmId, tenantId, now, operator, "GUARD_DISPATCHED", company);
            settleStepOf(tenantId, alarm, operator, InstructionAction.DISPATCH_GUARD);
            return dispatch(tenantId, key.getKey().longValue()).orElseThrow();
        });
    }

    @Override
    @Transactional
    public Optional<GuardDispatch> guardArrived(long tenantId, long alarmId, long dispatchId, String operator, String report) {
        return handledBy(tenantId, alarmId, operator).map(alarm -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            int updated = jdbc.sql("""
                    update guard_dispatch set arrived_at = ?, report = ?
                    where id = ? and alarm_id = ? and tenant_id = ? and arrived_at is null""")
                    .params(now, report, dispatchId, alarmId, tenantId).update();
            if (updated == 0) {
                throw new IllegalArgumentException("alarm " + alarmId + " has no open guard dispatch " + dispatchId);
            }
            trail.append(alarmId, tenantId, now, operator, "GUARD_ARRIVED", report);
            return dispatch(tenantId, dispatchId).orElseThrow();
        });
    }

    @Override
    public List<GuardDispatch> dispatches(long tenantId, long alarmId) {
        return jdbc.sql("select * from guard_dispatch where tenant_id = ? and alarm_id = ? order by id")
                .params(tenantId, alarmId).query(JdbcAlarmResponses::toDispatch).list();
    }

    @Override
    @Transactional
    public Optional<AlarmView> emergencyCalled(long tenantId, long alarmId, String operator, String service, String reference) {
        return handledBy(tenantId, alarmId, operator).map(alarm -> {
            trail.append(alarmId, tenantId, OffsetDateTime.now(clock), operator, "EMERGENCY_CALLED",
                    service + (reference == null || reference.isBlank() ? "" : ", reference " + reference));
            settleStepOf(tenantId, alarm, operator, InstructionAction.CALL_EMERGENCY);
            return alarm;
        });
    }

    @Override
    @Transactional
    public Optional<AlarmView> note(long tenantId, long alarmId, String operator, String text) {
        return handledBy(tenantId, alarmId, operator).map(alarm -> {
            trail.append(alarmId, tenantId, OffsetDateTime.now(clock), operator, "NOTE", text);
            return alarm;
        });
    }

    /** Only the operator who has the alarm acts on it; a closed alarm takes nothing more. */
    private Optional<AlarmView> handledBy(long tenantId, long alarmId, String operator) {
        Optional<AlarmView> alarm = queue.find(tenantId, alarmId);
        alarm.ifPresent(a -> {
            if (a.status() != AlarmStatus.TAKEN || !operator.equals(a.takenBy())) {
                throw new AlarmConflictException(a.status() == AlarmStatus.TAKEN
                        ? "alarm " + alarmId + " is being handled by " + a.takenBy()
                        : a.status() == AlarmStatus.CLOSED ? "alarm " + alarmId + " is closed" : "take alarm " + alarmId + " first");
            }
        });
        return alarm;
    }

    /** Doing what a step asks settles it: the first step of that action not yet settled. */
    private void settleStepOf(long tenantId, AlarmView alarm, String operator, InstructionAction action) {
        var settled = queue.checklist(tenantId, alarm.id()).stream().filter(ChecklistItem::settled)
                .map(ChecklistItem::position).collect(java.util.stream.Collectors.toSet());
        checklist.steps(alarm).stream()
                .filter(step -> step.action() == action && !settled.contains(step.position()))
                .findFirst()
                .ifPresent(step -> queue.settleStep(tenantId, alarm.id(), step.position(), operator, true, null));
    }

    private Optional<GuardDispatch> dispatch(long tenantId, long id) {
        return jdbc.sql("select * from guard_dispatch where tenant_id = ? and id = ?").params(tenantId, id)
                .query(JdbcAlarmResponses::toDispatch).optional();
    }

    private static GuardDispatch toDispatch(ResultSet rs, int row) throws SQLException {
        OffsetDateTime arrived = rs.getObject("arrived_at", OffsetDateTime.class);
        return new GuardDispatch(rs.getLong("id"), rs.getLong("alarm_id"), rs.getString("company"),
                rs.getString("dispatched_by"), rs.getObject("dispatched_at", OffsetDateTime.class).toInstant(),
                arrived == null ? null : arrived.toInstant(), rs.getString("report"));
    }
}
