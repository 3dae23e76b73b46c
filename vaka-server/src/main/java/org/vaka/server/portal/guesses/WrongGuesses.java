package org.vaka.server.portal.guesses;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Wrong guesses a signed-in login makes at a secret — its own password when asking to change its address or
 * number, an activation code — counted per login and kind: {@link #MAX_WRONG} within {@link #WINDOW} and it must
 * wait until the oldest of them has passed. A session someone else got hold of cannot try its way through, and the
 * count is per login, so one customer's guessing never locks out another.
 */
@Component
public class WrongGuesses {

    public static final int MAX_WRONG = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    public enum Kind { PASSWORD, ACTIVATION_CODE }

    private final JdbcClient jdbc;
    private final Clock clock;

    WrongGuesses(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether the login has used up its wrong guesses of this kind for now; asked before the guess is judged. */
    public boolean exhausted(long loginId, Kind kind) {
        return jdbc.sql("select count(*) from portal_guess where login_id = ? and kind = ? and guessed_at > ?")
                .params(loginId, kind.name(), at(clock.instant().minus(WINDOW))).query(Long.class).single() >= MAX_WRONG;
    }

    public void wrong(long loginId, Kind kind) {
        jdbc.sql("insert into portal_guess (login_id, kind, guessed_at) values (?, ?, ?)")
                .params(loginId, kind.name(), at(clock.instant())).update();
    }

    @Scheduled(fixedDelay = 10, timeUnit = TimeUnit.MINUTES)
    void forgetStale() {
        jdbc.sql("delete from portal_guess where guessed_at < ?").param(at(clock.instant().minus(WINDOW))).update();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
