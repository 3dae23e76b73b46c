package org.vaka.server.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guessing is slowed by counting failed sign-ins per e-mail address: {@link #MAX_FAILURES} within {@link #WINDOW}
 * lock the address for {@link #LOCK}. Addresses no login has are counted and locked the same way, so the answers
 * never reveal which addresses exist. A successful sign-in forgets the failures.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** When the address is locked now, until when. */
    Optional<Instant> lockedUntil(String email) {
        Instant now = clock.instant();
        return jdbc.sql("select locked_until from login_throttle where email = ?").param(email)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).optional()
                .map(OffsetDateTime::toInstant).filter(now::isBefore);
    }

    @Transactional
    void failed(String email) {
        Instant now = clock.instant();
        record Row(int failures, Instant first) {
        }
        Optional<Row> row = jdbc.sql("select failures, first_failure from login_throttle where email = ?").param(email)
                .query((rs, n) -> new Row(rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant())).optional();
        if (row.isEmpty()) {
            jdbc.sql("insert into login_throttle (email, failures, first_failure) values (?, 1, ?)").params(email, at(now)).update();
            return;
        }
        boolean windowPassed = !now.isBefore(row.get().first().plus(WINDOW));
        int failures = windowPassed ? 1 : row.get().failures() + 1;
        Instant first = windowPassed ? now : row.get().first();
        if (failures >= MAX_FAILURES) {
            jdbc.sql("update login_throttle set failures = 0, first_failure = ?, locked_until = ? where email = ?")
                    .params(at(now), at(now.plus(LOCK)), email).update();
        } else {
            jdbc.sql("update login_throttle set failures = ?, first_failure = ?, locked_until = null where email = ?")
                    .params(failures, at(first), email).update();
        }
    }

    void succeeded(String email) {
        jdbc.sql("delete from login_throttle where email = ?").param(email).update();
    }

    /**
     * Forgets counts that can no longer lock anything. Guesses at made-up addresses leave a row each, and only a
     * success would otherwise delete one.
     */
    @Scheduled(fixedDelay = 10, timeUnit = TimeUnit.MINUTES)
    void forgetStale() {
        Instant now = clock.instant();
        jdbc.sql("delete from login_throttle where first_failure < ? and (locked_until is null or locked_until < ?)")
                .params(at(now.minus(WINDOW)), at(now)).update();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
