package org.vaka.server.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Customers' sessions: long-lived so the app stays signed in until its user signs out, and each one listed and
 * revocable by its owner. Only the SHA-256 of a token is stored; a token is 256 random bits, so a plain hash is
 * enough (nothing to guess that a slow hash would protect).
 */
@Service
public class CustomerSessions {

    /** How long a session lives without being revoked. */
    public static final Duration LIFETIME = Duration.ofDays(365);
    public static final String APP = "APP";
    public static final String WEB = "WEB";
    /** The request (and a signed-in browser's HTTP session) attribute naming the caller's own session. */
    public static final String CURRENT_SESSION = "vaka.customerSession";

    /** Writing last_used on every call would cost a write per request; once a minute is enough to list sessions. */
    private static final Duration LAST_USED_GRAIN = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final CustomerLogins logins;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CustomerSessions(JdbcClient jdbc, CustomerLogins logins, Clock clock) {
        this.jdbc = jdbc;
        this.logins = logins;
        this.clock = clock;
    }

    public IssuedSession open(CustomerPrincipal login, String kind, String userAgent) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        Instant expires = now.plus(LIFETIME);
        jdbc.sql("""
                insert into customer_session (id, public_id, login_id, kind, user_agent, created_at, last_used, expires_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(hash(token), id, login.loginId(), kind, clip(userAgent), at(now), at(now), at(expires))
                .update();
        return new IssuedSession(id, token, expires);
    }

    /** The login a bearer token opens, if the session is live and the login still enabled. */
    public Optional<Authenticated> authenticate(String token) {
        Instant now = clock.instant();
        String hash = hash(token);
        record Row(String publicId, long loginId) {
        }
        Optional<Row> row = jdbc.sql("""
                select public_id, login_id from customer_session
                where id = ? and revoked_at is null and expires_at > ?""")
                .params(hash, at(now)).query((rs, n) -> new Row(rs.getString(1), rs.getLong(2))).optional();
        return row.flatMap(r -> logins.find(r.loginId()).filter(CustomerPrincipal::enabled).map(login -> {
            jdbc.sql("update customer_session set last_used = ? where id = ? and last_used < ?")
                    .params(at(now), hash, at(now.minus(LAST_USED_GRAIN))).update();
            return new Authenticated(login, r.publicId());
        }));
    }

    /** Whether a session opened earlier (a browser's) is still live: revoking it signs that browser out. */
    public boolean live(String id) {
        return jdbc.sql("select count(*) from customer_session where public_id = ? and revoked_at is null and expires_at > ?")
                .params(id, at(clock.instant())).query(Long.class).single() > 0;
    }

    /** The login's sessions, newest first. */
    public List<CustomerSession> list(long loginId) {
        return jdbc.sql("""
                select public_id, kind, user_agent, created_at, last_used, expires_at, revoked_at
                from customer_session where login_id = ? order by created_at desc, public_id""")
                .param(loginId)
                .query((rs, n) -> new CustomerSession(rs.getString("public_id"), rs.getString("kind"),
                        rs.getString("user_agent"), instant(rs, "created_at"), instant(rs, "last_used"),
                        instant(rs, "expires_at"), instant(rs, "revoked_at")))
                .list();
    }

    /** @return false when the login has no such live session (someone else's is not there either) */
    public boolean revoke(long loginId, String id) {
        return jdbc.sql("update customer_session set revoked_at = ? where public_id = ? and login_id = ? and revoked_at is null")
                .params(at(clock.instant()), id, loginId).update() > 0;
    }

    /** Signs the login out everywhere, e.g. after its password was reset. */
    public int revokeAll(long loginId) {
        return jdbc.sql("update customer_session set revoked_at = ? where login_id = ? and revoked_at is null")
                .params(at(clock.instant()), loginId).update();
    }

    /** A bearer token's login and the session it belongs to. */
    public record Authenticated(CustomerPrincipal login, String sessionId) {
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static String clip(String userAgent) {
        return userAgent == null ? null : userAgent.substring(0, Math.min(200, userAgent.length()));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
