package org.vaka.server.sites.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vaka.server.sites.Instruction;
import org.vaka.server.sites.InstructionAction;
import org.vaka.server.sites.InstructionDefaults;
import org.vaka.server.sites.InstructionStep;
import org.vaka.server.sites.InvalidRegistrationException;
import org.vaka.server.sites.SiteInstructions;

@Service
class JdbcSiteInstructions implements SiteInstructions {

    static final int MAX_STEPS = 20;

    private final JdbcClient jdbc;
    private final SiteOwnership ownership;
    private final InstructionDefaults defaults;

    JdbcSiteInstructions(JdbcClient jdbc, SiteOwnership ownership, InstructionDefaults defaults) {
        this.jdbc = jdbc;
        this.ownership = ownership;
        this.defaults = defaults;
    }

    @Override
    public Optional<List<Instruction>> effective(long tenantId, long siteId) {
        if (!ownership.owns(tenantId, siteId)) {
            return Optional.empty();
        }
        Map<String, List<InstructionStep>> overrides = new LinkedHashMap<>();
        jdbc.sql("select kind, position, action, step_text, required from site_instruction_step where site_id = ? order by kind, position")
                .param(siteId)
                .query((rs, row) -> overrides.computeIfAbsent(rs.getString("kind"), k -> new ArrayList<>()).add(step(rs)))
                .list();
        return Optional.of(defaults.kinds().stream().map(kind -> overrides.containsKey(kind)
                ? new Instruction(kind, true, overrides.get(kind))
                : new Instruction(kind, false, defaults.defaultFor(kind))).toList());
    }

    @Override
    public Optional<Instruction> effective(long tenantId, long siteId, String kind) {
        if (!ownership.owns(tenantId, siteId)) {
            return Optional.empty();
        }
        String known = known(kind);
        List<InstructionStep> own = jdbc.sql("""
                        select position, action, step_text, required from site_instruction_step
                        where site_id = ? and kind = ? order by position""").params(siteId, known)
                .query((rs, row) -> step(rs)).list();
        return Optional.of(own.isEmpty() ? new Instruction(known, false, defaults.defaultFor(known)) : new Instruction(known, true, own));
    }

    @Override
    @Transactional
    public boolean override(long tenantId, long siteId, String kind, List<InstructionStep> steps) {
        String known = known(kind);
        if (!ownership.owns(tenantId, siteId)) {
            return false;
        }
        if (steps == null || steps.isEmpty() || steps.size() > MAX_STEPS) {
            throw new InvalidRegistrationException("steps", "an instruction has 1 to " + MAX_STEPS + " steps; delete it to use the built-in one");
        }
        List<InstructionStep> ordered = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            InstructionStep step = steps.get(i);
            String at = "steps[" + i + "].";
            if (step == null || step.action() == null) {
                throw new InvalidRegistrationException(at + "action", "a step needs an action: one of "
                        + java.util.Arrays.toString(InstructionAction.values()));
            }
            String text = step.text() == null ? "" : step.text().strip();
            if (text.length() > 500) {
                throw new InvalidRegistrationException(at + "text", "a step's text has at most 500 characters");
            }
            if (text.isEmpty() && step.action() == InstructionAction.NOTE) {
                throw new InvalidRegistrationException(at + "text", "a note needs its text");
            }
            ordered.add(new InstructionStep(i + 1, step.action(), text.isEmpty() ? step.action().standardText() : text, step.required()));
        }
        jdbc.sql("delete from site_instruction_step where site_id = ? and kind = ?").params(siteId, known).update();
        for (InstructionStep step : ordered) {
            jdbc.sql("insert into site_instruction_step (site_id, kind, position, action, step_text, required) values (?, ?, ?, ?, ?, ?)")
                    .params(siteId, known, step.position(), step.action().name(), step.text(), step.required()).update();
        }
        return true;
    }

    @Override
    public boolean reset(long tenantId, long siteId, String kind) {
        String known = known(kind);
        if (!ownership.owns(tenantId, siteId)) {
            return false;
        }
        jdbc.sql("delete from site_instruction_step where site_id = ? and kind = ?").params(siteId, known).update();
        return true;
    }

    private String known(String kind) {
        String upper = kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT);
        if (!defaults.kinds().contains(upper)) {
            throw new InvalidRegistrationException("kind", "not an alarm kind: " + kind + "; one of " + defaults.kinds());
        }
        return upper;
    }

    private static InstructionStep step(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new InstructionStep(rs.getInt("position"), InstructionAction.valueOf(rs.getString("action")),
                rs.getString("step_text"), rs.getBoolean("required"));
    }
}
