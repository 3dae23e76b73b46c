package org.vaka.server.alarms.internal;

import java.sql.Time;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vaka.server.alarms.ArmingControl;
import org.vaka.server.alarms.ArmingSchedule;
import org.vaka.server.alarms.ArmingState;
import org.vaka.server.alarms.SiteArming;
import org.vaka.server.sites.Sites;

@Service
class JdbcArmingControl implements ArmingControl {

    /** A site under arming control, with whose it is: what the intake and the late-to-arm check work from. */
    record Controlled(long siteId, long tenantId, ArmingSchedule schedule) {
    }

    private static final int IN_LIST = 500;

    private final JdbcClient jdbc;
    private final Sites sites;

    JdbcArmingControl(JdbcClient jdbc, Sites sites) {
        this.jdbc = jdbc;
        this.sites = sites;
    }

    @Override
    public Optional<ArmingSchedule> schedule(long tenantId, long siteId) {
        return Optional.ofNullable(load("where tenant_id = ? and site_id = ?", List.of(tenantId, siteId)).get(siteId))
                .map(Controlled::schedule);
    }

    @Override
    @Transactional
    public boolean replace(long tenantId, long siteId, ArmingSchedule schedule) {
        if (sites.find(tenantId, siteId).isEmpty()) {
            return false;
        }
        clear(siteId);
        jdbc.sql("insert into arming_control (site_id, tenant_id, tolerance_minutes, time_zone) values (?, ?, ?, ?)")
                .params(siteId, tenantId, schedule.toleranceMinutes(), schedule.zone().getId()).update();
        for (var hours : schedule.days()) {
            jdbc.sql("insert into arming_schedule (site_id, day_of_week, disarm_from, arm_by) values (?, ?, ?, ?)")
                    .params(siteId, hours.day().getValue(), Time.valueOf(hours.disarmFrom()), Time.valueOf(hours.armBy()))
                    .update();
        }
        for (var holiday : schedule.holidays()) {
            jdbc.sql("insert into arming_holiday (site_id, on_day, note) values (?, ?, ?)")
                    .params(siteId, holiday.day(), holiday.note()).update();
        }
        return true;
    }

    @Override
    @Transactional
    public boolean remove(long tenantId, long siteId) {
        if (schedule(tenantId, siteId).isEmpty()) {
            return false;
        }
        clear(siteId);
        return true;
    }

    @Override
    public Optional<SiteArming> arming(long tenantId, long siteId) {
        return jdbc.sql("select state, by_user, changed_at from site_arming where tenant_id = ? and site_id = ?")
                .params(tenantId, siteId)
                .query((rs, row) -> new SiteArming(ArmingState.valueOf(rs.getString("state")), rs.getString("by_user"),
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** The schedules of those of these sites that are under arming control. */
    Map<Long, Controlled> controlled(Collection<Long> siteIds) {
        Map<Long, Controlled> found = new HashMap<>();
        List<Long> ids = new ArrayList<>(siteIds);
        for (int i = 0; i < ids.size(); i += IN_LIST) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + IN_LIST));
            found.putAll(load("where site_id in (" + String.join(",", java.util.Collections.nCopies(chunk.size(), "?")) + ")",
                    new ArrayList<>(chunk)));
        }
        return found;
    }

    /** Every site under arming control. */
    Collection<Controlled> all() {
        return load("", List.of()).values();
    }

    private Map<Long, Controlled> load(String where, List<Object> params) {
        record Control(long siteId, long tenantId, int tolerance, ZoneId zone) {
        }
        List<Control> controls = jdbc.sql("select site_id, tenant_id, tolerance_minutes, time_zone from arming_control " + where)
                .params(params)
                .query((rs, row) -> new Control(rs.getLong("site_id"), rs.getLong("tenant_id"),
                        rs.getInt("tolerance_minutes"), ZoneId.of(rs.getString("time_zone"))))
                .list();
        Map<Long, Controlled> found = new HashMap<>();
        if (controls.isEmpty()) {
            return found;
        }
        String siteIn = "site_id in (" + String.join(",", java.util.Collections.nCopies(controls.size(), "?")) + ")";
        Object[] siteIds = controls.stream().map(Control::siteId).toArray();
        Map<Long, List<ArmingSchedule.OpeningHours>> days = new HashMap<>();
        jdbc.sql("select site_id, day_of_week, disarm_from, arm_by from arming_schedule where " + siteIn).params(siteIds)
                .query((rs, row) -> days.computeIfAbsent(rs.getLong("site_id"), k -> new ArrayList<>())
                        .add(new ArmingSchedule.OpeningHours(DayOfWeek.of(rs.getInt("day_of_week")),
                                rs.getTime("disarm_from").toLocalTime(), rs.getTime("arm_by").toLocalTime())))
                .list();
        Map<Long, List<ArmingSchedule.Holiday>> holidays = new HashMap<>();
        jdbc.sql("select site_id, on_day, note from arming_holiday where " + siteIn).params(siteIds)
                .query((rs, row) -> holidays.computeIfAbsent(rs.getLong("site_id"), k -> new ArrayList<>())
                        .add(new ArmingSchedule.Holiday(rs.getObject("on_day", LocalDate.class), rs.getString("note"))))
                .list();
        for (Control control : controls) {
            found.put(control.siteId(), new Controlled(control.siteId(), control.tenantId(),
                    new ArmingSchedule(control.tolerance(), control.zone(), days.getOrDefault(control.siteId(), List.of()),
                            holidays.getOrDefault(control.siteId(), List.of()))));
        }
        return found;
    }

    private void clear(long siteId) {
        jdbc.sql("delete from arming_schedule where site_id = ?").param(siteId).update();
        jdbc.sql("delete from arming_holiday where site_id = ?").param(siteId).update();
        jdbc.sql("delete from arming_control where site_id = ?").param(siteId).update();
    }
}
