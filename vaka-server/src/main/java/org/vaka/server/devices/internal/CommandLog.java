package org.vaka.server.devices.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.vaka.protocol.mqtt.PanelStatus;
import org.vaka.server.devices.CommandStatus;
import org.vaka.server.devices.CommandView;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Commands as the site's history keeps them. A command finishes once: a late answer after a timeout changes nothing. */
@Repository
class CommandLog {

    private static final TypeReference<List<PanelStatus.OpenZone>> ZONES = new TypeReference<>() {
    };
    private static final String SELECT = """
            select id, site_id, account, type, target, status, refusal, reason, open_zones, issued_by, issued_at,
                   finished_at, round_trip_ms
            from device_command""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CommandLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(long tenantId, CommandView c) {
        jdbc.sql("""
                insert into device_command (id, tenant_id, site_id, account, type, target, issued_by, issued_at, status,
                                            refusal, reason, open_zones, finished_at, round_trip_ms)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.id(), tenantId, c.siteId(), c.account(), c.type(), c.target(), c.issuedBy(), time(c.issuedAt()),
                        c.status().name(), c.refusal(), c.reason(), zones(c), time(c.finishedAt()), c.roundTripMillis())
                .update();
    }

    /** Records how a pending command ended; false when it had already ended. */
    boolean finish(CommandView c) {
        return jdbc.sql("""
                update device_command set status = ?, refusal = ?, reason = ?, open_zones = ?, finished_at = ?,
                                          round_trip_ms = ?
                where id = ? and status = 'PENDING'""")
                .params(c.status().name(), c.refusal(), c.reason(), zones(c), time(c.finishedAt()), c.roundTripMillis(), c.id())
                .update() == 1;
    }

    Optional<CommandView> find(long tenantId, String id) {
        return jdbc.sql(SELECT + " where tenant_id = ? and id = ?").params(tenantId, id).query(this::toView).optional();
    }

    List<CommandView> history(long tenantId, long siteId, int limit) {
        return jdbc.sql(SELECT + " where tenant_id = ? and site_id = ? order by issued_at desc, id desc")
                .params(tenantId, siteId).withMaxRows(limit).query(this::toView).list();
    }

    private String zones(CommandView c) {
        return c.openZones().isEmpty() ? null : json.writeValueAsString(c.openZones());
    }

    private CommandView toView(ResultSet rs, int row) throws SQLException {
        String zones = rs.getString("open_zones");
        Integer roundTrip = rs.getObject("round_trip_ms") == null ? null : rs.getInt("round_trip_ms");
        return new CommandView(rs.getString("id"), rs.getLong("site_id"), rs.getString("account"), rs.getString("type"),
                rs.getString("target"), CommandStatus.valueOf(rs.getString("status")), rs.getString("refusal"),
                rs.getString("reason"), zones == null ? List.of() : json.readValue(zones, ZONES), rs.getString("issued_by"),
                instant(rs, "issued_at"), instant(rs, "finished_at"), roundTrip);
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
