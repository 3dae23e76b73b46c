package org.vaka.server.alarms.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vaka.server.alarms.AlarmAction;
import org.vaka.server.alarms.AlarmConflictException;
import org.vaka.server.alarms.AlarmKind;
import org.vaka.server.alarms.AlarmQueue;
import org.vaka.server.alarms.AlarmStatus;
import org.vaka.server.alarms.AlarmView;
import org.vaka.server.alarms.Resolution;

@Service
class JdbcAlarmQueue implements AlarmQueue {

    static final String SELECT = """
            select id, site_id, account, kind, priority, status, code, meaning, zone, signal_count, restored, raised_at,
                   last_signal_at, taken_by, taken_at, closed_by, closed_at, resolution
            from alarm""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final org.vaka.server.sites.SiteContacts contacts;
    private final AlarmTrail trail;
    private final AlarmChecklist checklist;

    JdbcAlarmQueue(JdbcClient jdbc, Clock clock, org.vaka.server.sites.SiteContacts contacts, AlarmTrail trail,
                   AlarmChecklist checklist) {
        this.trail = trail;
        this.checklist = checklist;
        this.jdbc = jdbc;
        this.clock = clock;
        this.contacts = contacts;
    }

    private AlarmView handledBy(long tenantId, long alarmId, String operator) {
        AlarmView alarm = find(tenantId, alarmId).orElse(null);
        if (alarm != null && (alarm.status() != AlarmStatus.TAKEN || !operator.equals(alarm.takenBy()))) {
            throw new AlarmConflictException(alarm.status() == AlarmStatus.TAKEN
                    ? "alarm " + alarmId + " is being handled by " + alarm.takenBy() : "take alarm " + alarmId + " first");
        }
        return alarm;
    }

    @Override
    @Transactional
    public Optional<Boolean> verify(long tenantId, long alarmId, String operator, String word) {
        AlarmView alarm = handledBy(tenantId, alarmId, operator);
        if (alarm == null) {
            return Optional.empty();
        }
        boolean matched = contacts.verificationWordMatches(tenantId, alarm.siteId(), word)
                .orElseThrow(() -> new IllegalStateException("the site has no verification word"));
        OffsetDateTime now = OffsetDateTime.now(clock);
        audit(tenantId, alarmId, now, operator, matched ? "VERIFIED" : "VERIFICATION_FAILED", null);
        if (matched) {
            checklist.steps(alarm).stream()
                    .filter(step -> step.action() == org.vaka.server.sites.InstructionAction.VERIFY_WORD).findFirst()
                    .filter(step -> jdbc.sql("select count(*) from alarm_step where alarm_id = ? and position = ?")
                            .params(alarmId, step.position()).query(Integer.class).single() == 0)
                    .ifPresent(step -> settleStep(tenantId, alarmId, step.position(), operator, true, null));
        }
        return Optional.of(matched);
    }

    @Override
    @Transactional
    public Optional<AlarmView> recordCall(long tenantId, long alarmId, String operator, int position, CallOutcome outcome) {
        AlarmView alarm = handledBy(tenantId, alarmId, operator);
        if (alarm == null) {
            return Optional.empty();
        }
        var contact = contacts.contacts(tenantId, alarm.siteId()).orElse(List.of()).stream()
                .filter(c -> c.position() == position).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the site has no contact " + position));
        audit(tenantId, alarmId, OffsetDateTime.now(clock), operator, "CALL",
                position + ". " + contact.name() + " " + contact.phone() + ": " + outcome.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        return Optional.of(alarm);
    }

    @Override
    public List<AlarmView> queue(long tenantId) {
        return queue(tenantId, Integer.MAX_VALUE);
    }

    @Override
    public List<AlarmView> queue(long tenantId, int limit) {
        return jdbc.sql(SELECT + " where tenant_id = ? and status in ('OPEN', 'TAKEN') order by priority, raised_at, id")
                .param(tenantId).withMaxRows(limit).query(JdbcAlarmQueue::toView).list();
    }

    @Override
    public int queueLength(long tenantId) {
        return jdbc.sql("select count(*) from alarm where tenant_id = ? and status in ('OPEN', 'TAKEN')").param(tenantId)
                .query(Integer.class).single();
    }

    @Override
    public Optional<AlarmView> find(long tenantId, long alarmId) {
        return jdbc.sql(SELECT + " where tenant_id = ? and id = ?").params(tenantId, alarmId).query(JdbcAlarmQueue::toView).optional();
    }

    @Override
    @Transactional
    public Optional<AlarmView> take(long tenantId, long alarmId, String operator) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        // The status check is in the update itself: of two operators at once, exactly one row update succeeds.
        int taken = jdbc.sql("""
                update alarm set status = 'TAKEN', taken_by = ?, taken_at = ?
                where tenant_id = ? and id = ? and status = 'OPEN'""").params(operator, now, tenantId, alarmId).update();
        Optional<AlarmView> alarm = find(tenantId, alarmId);
        if (alarm.isEmpty()) {
            return alarm;
        }
        if (taken == 0) {
            AlarmView a = alarm.get();
            throw new AlarmConflictException(a.status() == AlarmStatus.CLOSED ? "alarm " + alarmId + " is already closed"
                    : "alarm " + alarmId + " is already taken by " + a.takenBy());
        }
        audit(tenantId, alarmId, now, operator, "TAKEN", null);
        return alarm;
    }

    @Override
    public List<org.vaka.server.alarms.ChecklistItem> checklist(long tenantId, long alarmId) {
        return find(tenantId, alarmId).map(this::checklistOf).orElse(List.of());
    }

    private List<org.vaka.server.alarms.ChecklistItem> checklistOf(AlarmView alarm) {
        java.util.Map<Integer, org.vaka.server.alarms.ChecklistItem> settled = new java.util.HashMap<>();
        jdbc.sql("select position, outcome, reason, actor, at from alarm_step where alarm_id = ?").param(alarm.id())
                .query((rs, row) -> settled.put(rs.getInt("position"), new org.vaka.server.alarms.ChecklistItem(
                        rs.getInt("position"), null, false, rs.getString("outcome"), rs.getString("reason"),
                        rs.getString("actor"), instant(rs, "at")))).list();
        return checklist.steps(alarm).stream().map(step -> {
            var s = settled.get(step.position());
            return new org.vaka.server.alarms.ChecklistItem(step.position(), step.text(), step.required(),
                    s == null ? null : s.outcome(), s == null ? null : s.reason(), s == null ? null : s.by(),
                    s == null ? null : s.at());
        }).toList();
    }

    @Override
    @Transactional
    public Optional<List<org.vaka.server.alarms.ChecklistItem>> settleStep(long tenantId, long alarmId, int position,
                                                                          String operator, boolean done, String reason) {
        AlarmView alarm = handledBy(tenantId, alarmId, operator);
        if (alarm == null) {
            return Optional.empty();
        }
        var step = checklist.steps(alarm).stream()
                .filter(s -> s.position() == position).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("this alarm's instruction has no step " + position));
        if (!done && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("skipping a step needs a reason");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        try {
            jdbc.sql("insert into alarm_step (alarm_id, position, outcome, reason, actor, at) values (?, ?, ?, ?, ?, ?)")
                    .params(alarmId, position, done ? "DONE" : "SKIPPED", why, operator, now).update();
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new AlarmConflictException("step " + position + " is already settled");
        }
        audit(tenantId, alarmId, now, operator, done ? "STEP_DONE" : "STEP_SKIPPED",
                position + ". " + step.text() + (why == null ? "" : " — " + why));
        return Optional.of(checklistOf(alarm));
    }

    @Override
    @Transactional
    public Optional<AlarmView> close(long tenantId, long alarmId, String operator, Resolution resolution, String note) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<AlarmView> before = find(tenantId, alarmId);
        if (before.isPresent() && before.get().status() == AlarmStatus.TAKEN && operator.equals(before.get().takenBy())) {
            for (var item : checklistOf(before.get())) {
                if (item.required() && !item.settled()) {
                    throw new AlarmConflictException("step " + item.position() + " (" + item.text()
                            + ") is neither done nor skipped with a reason");
                }
            }
        }
        int closed = jdbc.sql("""
                update alarm set status = 'CLOSED', open_key = null, closed_by = ?, closed_at = ?, resolution = ?
                where tenant_id = ? and id = ? and status = 'TAKEN' and taken_by = ?""")
                .params(operator, now, resolution.name(), tenantId, alarmId, operator).update();
        Optional<AlarmView> alarm = find(tenantId, alarmId);
        if (alarm.isEmpty()) {
            return alarm;
        }
        if (closed == 0) {
            AlarmView a = alarm.get();
            throw new AlarmConflictException(switch (a.status()) {
                case CLOSED -> "alarm " + alarmId + " is already closed";
                case OPEN -> "take alarm " + alarmId + " before closing it";
                case TAKEN -> "alarm " + alarmId + " is being handled by " + a.takenBy();
            });
        }
        audit(tenantId, alarmId, now, operator, "CLOSED", resolution.name() + (note == null || note.isBlank() ? "" : ": " + note.strip()));
        return alarm;
    }

    @Override
    public org.vaka.server.alarms.AlarmKpis kpis(long tenantId, Instant from, Instant to) {
        List<AlarmView> period = jdbc.sql(SELECT + " where tenant_id = ? and raised_at >= ? and raised_at < ?")
                .params(tenantId, from.atOffset(java.time.ZoneOffset.UTC), to.atOffset(java.time.ZoneOffset.UTC))
                .query(JdbcAlarmQueue::toView).list();
        return KpiCalculation.of(from, to, period);
    }

    @Override
    public List<AlarmAction> trail(long tenantId, long alarmId) {
        return jdbc.sql("select id, at, actor, action, detail from alarm_action where tenant_id = ? and alarm_id = ? order by id")
                .params(tenantId, alarmId)
                .query((rs, row) -> new AlarmAction(rs.getLong("id"), instant(rs, "at"), rs.getString("actor"),
                        rs.getString("action"), rs.getString("detail")))
                .list();
    }

    private void audit(long tenantId, long alarmId, OffsetDateTime at, String actor, String action, String detail) {
        trail.append(alarmId, tenantId, at, actor, action, detail);
    }

    static AlarmView toView(ResultSet rs, int row) throws SQLException {
        return new AlarmView(rs.getLong("id"), rs.getLong("site_id"), rs.getString("account"),
                AlarmKind.valueOf(rs.getString("kind")), rs.getInt("priority"), AlarmStatus.valueOf(rs.getString("status")),
                rs.getString("code"), rs.getString("meaning"), rs.getString("zone"), rs.getInt("signal_count"),
                rs.getBoolean("restored"), instant(rs, "raised_at"), instant(rs, "last_signal_at"),
                rs.getString("taken_by"), instant(rs, "taken_at"), rs.getString("closed_by"), instant(rs, "closed_at"),
                rs.getString("resolution"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
