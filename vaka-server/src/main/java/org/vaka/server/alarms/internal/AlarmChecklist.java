package org.vaka.server.alarms.internal;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.vaka.server.alarms.ActionInstruction;
import org.vaka.server.alarms.AlarmKind;
import org.vaka.server.alarms.AlarmView;
import org.vaka.server.sites.InstructionAction;
import org.vaka.server.sites.InstructionStep;
import org.vaka.server.sites.SiteInstructions;

/**
 * The steps an alarm is handled by: its site's instruction for its kind as it was when the alarm was raised. Kept
 * per alarm, so editing the instruction while the alarm is open moves no step from under the operator.
 */
@Component
class AlarmChecklist {

    private final JdbcClient jdbc;
    private final SiteInstructions instructions;
    private final TransactionTemplate separately;

    AlarmChecklist(JdbcClient jdbc, SiteInstructions instructions, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.instructions = instructions;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Copies the site's current instruction for the kind; called in the transaction that raises the alarm. */
    void snapshot(long tenantId, long alarmId, long siteId, AlarmKind kind) {
        List<InstructionStep> steps = instructions.effective(tenantId, siteId, kind.name())
                .map(org.vaka.server.sites.Instruction::steps).orElseGet(() -> ActionInstruction.forKind(kind));
        for (InstructionStep step : steps) {
            jdbc.sql("insert into alarm_checklist_step (alarm_id, position, action, step_text, required) values (?, ?, ?, ?, ?)")
                    .params(alarmId, step.position(), step.action().name(), step.text(), step.required()).update();
        }
    }

    /** The alarm's steps; an alarm raised before instructions were copied gets its copy on first reading. */
    List<InstructionStep> steps(AlarmView alarm) {
        List<InstructionStep> steps = read(alarm.id());
        if (!steps.isEmpty()) {
            return steps;
        }
        try {
            // Its own transaction: of two first readings at once, the loser's duplicate key spoils nothing else.
            separately.executeWithoutResult(status -> snapshot(tenantOf(alarm), alarm.id(), alarm.siteId(), alarm.kind()));
        } catch (DuplicateKeyException e) {
            // the other reader copied it
        }
        return read(alarm.id());
    }

    private long tenantOf(AlarmView alarm) {
        return jdbc.sql("select tenant_id from alarm where id = ?").param(alarm.id()).query(Long.class).single();
    }

    private List<InstructionStep> read(long alarmId) {
        return jdbc.sql("select position, action, step_text, required from alarm_checklist_step where alarm_id = ? order by position")
                .param(alarmId)
                .query((rs, row) -> new InstructionStep(rs.getInt("position"), InstructionAction.valueOf(rs.getString("action")),
                        rs.getString("step_text"), rs.getBoolean("required")))
                .list();
    }
}
