package org.vaka.server.alarms.internal;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The one way a line gets into an alarm's audit trail: appended, never changed. */
@Component
class AlarmTrail {

    private final JdbcClient jdbc;

    AlarmTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(long alarmId, long tenantId, OffsetDateTime at, String actor, String action, String detail) {
        jdbc.sql("insert into alarm_action (alarm_id, tenant_id, at, actor, action, detail) values (?, ?, ?, ?, ?, ?)")
                .params(alarmId, tenantId, at, actor, action, detail).update();
    }
}
