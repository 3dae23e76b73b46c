package org.vaka.server.portal;

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
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vaka.server.identity.CustomerLogin;
import org.vaka.server.identity.CustomerLogins;
import org.vaka.server.identity.CustomerPrincipal;
import org.vaka.server.identity.CustomerRole;
import org.vaka.server.notify.Outbox;
import org.vaka.server.sites.InvalidRegistrationException;

/**
 * The logins of a customer, kept by its owner and administrators: a new person is invited by SMS with a one-time
 * link, and sets their own e-mail address and password there, so nobody else ever knows the password. Only the
 * SHA-256 of the link's token is stored.
 */
@Service
public class Invitations {

    public static final Duration VALID = Duration.ofDays(7);
    public static final String REASON = "INVITATION";
    public static final int MIN_PASSWORD = 10;
    private static final String PHONE = "\\+?[0-9 ()-]{5,31}";
    private static final String EMAIL = "[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}";

    private final JdbcClient jdbc;
    private final CustomerLogins logins;
    private final Outbox outbox;
    private final Clock clock;
    private final String publicUrl;
    private final SecureRandom random = new SecureRandom();

    Invitations(JdbcClient jdbc, CustomerLogins logins, Outbox outbox, Clock clock,
                @Value("${vaka.portal.base-url:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.logins = logins;
        this.outbox = outbox;
        this.clock = clock;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** What the invitee sees before choosing an address and password. */
    public record Pending(String name, CustomerRole role) {
    }

    /**
     * Queues the SMS with the link in the caller's transaction.
     *
     * @throws InvalidRegistrationException naming the field
     */
    @Transactional
    public Invitation invite(CustomerPrincipal caller, String name, String phone, String role) {
        NotPermittedException.unlessManager(caller);
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new InvalidRegistrationException("name", "give the person's name (at most 200 characters)");
        }
        if (phone == null || !phone.strip().matches(PHONE)) {
            throw new InvalidRegistrationException("phone", "not a mobile number");
        }
        CustomerRole rights = rights(role);
        String token = token();
        Instant now = clock.instant();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into portal_invitation (tenant_id, customer_id, name, phone, role, token_hash, invited_by,
                                               created_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caller.tenantId(), caller.customerId(), name.strip(), phone.strip(), rights.name(), hash(token),
                        caller.loginId(), at(now), at(now.plus(VALID)))
                .update(keys, "id");
        outbox.sms(caller.tenantId(), null, phone.strip(), """
                Hej %s! Du är inbjuden till Vakas Mina sidor. Skapa din inloggning här (giltig i 7 dagar): %s/portal/invite?token=%s
                """.formatted(name.strip(), publicUrl, token).strip(), REASON);
        return new Invitation(keys.getKey().longValue(), name.strip(), phone.strip(), rights, now, now.plus(VALID), null);
    }

    /** Invitations of the caller's customer not yet accepted nor expired, newest first. */
    public List<Invitation> open(CustomerPrincipal caller) {
        NotPermittedException.unlessManager(caller);
        return jdbc.sql("""
                        select id, name, phone, role, created_at, expires_at, accepted_at from portal_invitation
                        where tenant_id = ? and customer_id = ? and accepted_at is null and expires_at > ?
                        order by created_at desc, id desc""")
                .params(caller.tenantId(), caller.customerId(), at(clock.instant()))
                .query((rs, row) -> new Invitation(rs.getLong("id"), rs.getString("name"), rs.getString("phone"),
                        CustomerRole.valueOf(rs.getString("role")), instant(rs, "created_at"), instant(rs, "expires_at"),
                        instant(rs, "accepted_at")))
                .list();
    }

    /** Empty when the token is unknown, used or expired: the three look the same. */
    public Optional<Pending> pending(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select name, role from portal_invitation
                        where token_hash = ? and accepted_at is null and expires_at > ?""")
                .params(hash(token), at(clock.instant()))
                .query((rs, row) -> new Pending(rs.getString("name"), CustomerRole.valueOf(rs.getString("role"))))
                .optional();
    }

    /**
     * Creates the invitee's login, once: the invitation is spent in the same transaction.
     *
     * @return the new login's id; empty when the token is unknown, used or expired
     * @throws InvalidRegistrationException naming the field
     */
    @Transactional
    public Optional<Long> accept(String token, String email, String password) {
        if (pending(token).isEmpty()) {
            return Optional.empty();
        }
        if (email == null || !email.strip().matches(EMAIL) || email.strip().length() > 254) {
            throw new InvalidRegistrationException("email", "not an e-mail address");
        }
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 200) {
            throw new InvalidRegistrationException("password", "a password has at least " + MIN_PASSWORD + " characters");
        }
        if (logins.exists(email)) {
            throw new InvalidRegistrationException("email", "that address already has a login");
        }
        record Row(long tenantId, long customerId, CustomerRole role) {
        }
        Instant now = clock.instant();
        Optional<Row> spent = jdbc.sql("""
                        select tenant_id, customer_id, role from portal_invitation
                        where token_hash = ? and accepted_at is null and expires_at > ?""")
                .params(hash(token), at(now))
                .query((rs, n) -> new Row(rs.getLong("tenant_id"), rs.getLong("customer_id"),
                        CustomerRole.valueOf(rs.getString("role")))).optional()
                .filter(row -> jdbc.sql("update portal_invitation set accepted_at = ? where token_hash = ? and accepted_at is null")
                        .params(at(now), hash(token)).update() == 1);
        return spent.map(row -> logins.create(row.tenantId(), row.customerId(), email.strip().toLowerCase(Locale.ROOT),
                password, row.role()));
    }

    /** The caller's customer's logins. */
    public List<CustomerLogin> logins(CustomerPrincipal caller) {
        NotPermittedException.unlessManager(caller);
        return logins.ofCustomer(caller.tenantId(), caller.customerId());
    }

    /**
     * @return false when the caller's customer has no such login
     * @throws InvalidRegistrationException when an owner would remove themselves, leaving nobody to hold the agreement
     */
    public boolean remove(CustomerPrincipal caller, long loginId) {
        NotPermittedException.unlessManager(caller);
        Optional<CustomerLogin> login = logins.ofCustomer(caller.tenantId(), caller.customerId()).stream()
                .filter(l -> l.id() == loginId).findFirst();
        if (login.isEmpty()) {
            return false;
        }
        if (loginId == caller.loginId() && caller.role() == CustomerRole.OWNER) {
            throw new InvalidRegistrationException("id", "an owner cannot remove their own login");
        }
        if (login.get().role() == CustomerRole.OWNER && caller.role() != CustomerRole.OWNER) {
            throw new NotPermittedException("Only the owner may remove the owner's login.");
        }
        return logins.remove(caller.tenantId(), caller.customerId(), loginId);
    }

    private static CustomerRole rights(String role) {
        try {
            CustomerRole rights = CustomerRole.valueOf(role == null ? "" : role.strip().toUpperCase(Locale.ROOT));
            if (rights != CustomerRole.OWNER) {
                return rights;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        // There is one owner, who holds the agreement: that is changed with the centre, not by invitation.
        throw new InvalidRegistrationException("role", "rights are ADMINISTRATOR, USER or APP_ONLY");
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
