package org.vaka.server.alarms.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.vaka.server.alarms.AlarmKind;
import org.vaka.server.alarms.ArmingState;
import org.vaka.server.signals.LoggedSignal;

/**
 * Keeps each site's arming as its openings and closings say, and raises an unexpected-disarm alarm for a disarm
 * outside the opening hours of a site under arming control. Runs inside the intake's batch transaction.
 */
@Component
class ArmingFollower {

    /** An opening or closing of a site, and whether the site was in test mode then (a test raises nothing). */
    record Change(long siteId, LoggedSignal signal, ArmingState state, boolean inTest) {
    }

    private final JdbcTemplate template;
    private final JdbcArmingControl control;
    private final AlarmRaiser raiser;

    ArmingFollower(JdbcTemplate template, JdbcArmingControl control, AlarmRaiser raiser) {
        this.template = template;
        this.control = control;
        this.raiser = raiser;
    }

    void follow(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Map<Long, Change> last = new LinkedHashMap<>();
        changes.forEach(change -> last.put(change.siteId(), change));
        List<Object[]> updates = new ArrayList<>();
        for (Change change : last.values()) {
            updates.add(new Object[] {change.state().name(), change.signal().user(), time(change), change.signal().id(),
                    change.siteId()});
        }
        int[] updated = template.batchUpdate(
                "update site_arming set state = ?, by_user = ?, changed_at = ?, signal_id = ? where site_id = ?", updates);
        List<Object[]> inserts = new ArrayList<>();
        int i = 0;
        for (Change change : last.values()) {
            if (updated[i++] == 0) {
                inserts.add(new Object[] {change.siteId(), change.signal().tenantId(), change.state().name(),
                        change.signal().user(), time(change), change.signal().id()});
            }
        }
        template.batchUpdate("""
                insert into site_arming (site_id, tenant_id, state, by_user, changed_at, signal_id)
                values (?, ?, ?, ?, ?, ?)""", inserts);
        unexpectedDisarms(changes);
    }

    private void unexpectedDisarms(List<Change> changes) {
        List<Change> disarms = changes.stream().filter(c -> c.state() == ArmingState.DISARMED && !c.inTest()).toList();
        if (disarms.isEmpty()) {
            return;
        }
        var controlled = control.controlled(disarms.stream().map(Change::siteId).distinct().toList());
        for (Change disarm : disarms) {
            var site = controlled.get(disarm.siteId());
            if (site == null) {
                continue;
            }
            LoggedSignal signal = disarm.signal();
            site.schedule().unexpectedDisarm(signal.receivedAt()).ifPresent(why -> raiser.raise(
                    signal.tenantId(), disarm.siteId(), AlarmKind.UNEXPECTED_DISARM,
                    new AlarmRaiser.Cause(signal.code(), "Unexpected disarm" + (signal.user() == null ? "" : " by user " + signal.user()),
                            signal.zone(), signal.id()),
                    signal.receivedAt(), signal.code() + " " + why + (signal.user() == null ? "" : ", user " + signal.user())));
        }
    }

    private static OffsetDateTime time(Change change) {
        return change.signal().receivedAt().atOffset(ZoneOffset.UTC);
    }
}
