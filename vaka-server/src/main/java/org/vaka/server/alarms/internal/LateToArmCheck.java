package org.vaka.server.alarms.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.vaka.server.alarms.AlarmKind;
import org.vaka.server.alarms.SiteArming;

/**
 * Late to arm: a site under arming control that is still disarmed when its closing time and tolerance have passed
 * raises an alarm, at most once a site and day (a row per day, under a key, holds even with several nodes). A disarm
 * after the deadline is not "late to arm" — the unexpected-disarm alarm has it.
 */
@Component
class LateToArmCheck {

    private static final Logger log = LoggerFactory.getLogger(LateToArmCheck.class);

    private final JdbcArmingControl control;
    private final AlarmRaiser raiser;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    LateToArmCheck(JdbcArmingControl control, AlarmRaiser raiser, JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        this.control = control;
        this.raiser = raiser;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${vaka.arming.check-interval-ms:30000}")
    void check() {
        Instant now = clock.instant();
        for (var site : control.all()) {
            LocalDate today = now.atZone(site.schedule().zone()).toLocalDate();
            site.schedule().armDeadline(today).filter(deadline -> !now.isBefore(deadline)).ifPresent(deadline -> {
                SiteArming arming = control.arming(site.tenantId(), site.siteId()).orElse(null);
                boolean late = arming == null || (!arming.state().armed() && arming.changedAt().isBefore(deadline));
                if (late && !alreadyRaised(site.siteId(), today)) {
                    raiseOnce(site, today, now);
                }
            });
        }
    }

    private boolean alreadyRaised(long siteId, LocalDate day) {
        return jdbc.sql("select count(*) from arming_late where site_id = ? and on_day = ?").params(siteId, day)
                .query(Integer.class).single() > 0;
    }

    private void raiseOnce(JdbcArmingControl.Controlled site, LocalDate today, Instant now) {
        LocalTime armBy = site.schedule().hours(today.getDayOfWeek()).orElseThrow().armBy();
        try {
            transaction.executeWithoutResult(status -> {
                long alarmId = raiser.raise(site.tenantId(), site.siteId(), AlarmKind.LATE_TO_ARM,
                        new AlarmRaiser.Cause("LATE", "Not armed by " + armBy, null, 0), now,
                        "not armed by " + armBy + " (tolerance " + site.schedule().toleranceMinutes() + " min) on " + today);
                jdbc.sql("insert into arming_late (site_id, on_day, alarm_id) values (?, ?, ?)")
                        .params(site.siteId(), today, alarmId).update();
            });
        } catch (DuplicateKeyException alreadyRaised) {
            // raised for today already (here or on another node); the rollback took this second one back
        } catch (RuntimeException e) {
            log.error("late-to-arm check failed for site {}", site.siteId(), e);
        }
    }
}
