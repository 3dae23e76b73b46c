package org.vaka.server.portal.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vaka.server.identity.CustomerLogins;
import org.vaka.server.identity.CustomerRole;
import org.vaka.server.notify.Outbox;

/**
 * A customer registers themself: customer number and mobile → a six-digit code by SMS → e-mail and password → a
 * validation link by e-mail → the login, the customer's owner. Nothing about the first step tells whether the
 * details matched, so nobody can probe who is a customer; the login exists only once the link was followed.
 */
@Service
public class Registrations {

    static final Duration CODE_VALID = Duration.ofMinutes(10);
    static final int CODE_ATTEMPTS = 5;
    /** Time to choose e-mail and password once the code was right. */
    static final Duration CREDENTIALS_VALID = Duration.ofMinutes(30);
    static final Duration LINK_VALID = Duration.ofHours(24);
    /** Starts per customer number or per mobile number within {@link #START_WINDOW} that send a code. */
    static final int MAX_STARTS = 3;
    static final Duration START_WINDOW = Duration.ofHours(1);

    static final String REGISTRATION_CODE = "REGISTRATION_CODE";
    static final String EMAIL_VALIDATION = "EMAIL_VALIDATION";
    static final String CONFIRM_PATH = "/portal/register/confirm";

    enum State { STARTED, CODE_OK, AWAITING_EMAIL, DONE }

    enum CodeCheck { OK, WRONG, START_OVER }

    enum Credentials { LINK_SENT, WEAK_PASSWORD, INVALID_EMAIL, EMAIL_TAKEN, START_OVER }

    private final JdbcClient jdbc;
    private final CustomerLogins logins;
    private final Outbox outbox;
    private final MessageSource messages;
    private final PortalLinks links;
    private final Clock clock;

    Registrations(JdbcClient jdbc, CustomerLogins logins, Outbox outbox, MessageSource messages, PortalLinks links,
                  Clock clock) {
        this.jdbc = jdbc;
        this.logins = logins;
        this.outbox = outbox;
        this.messages = messages;
        this.links = links;
        this.clock = clock;
    }

    /**
     * Starts a registration. Always hands back a token for the next step, whether or not the details match a
     * customer without a login: only the SMS differs, and it goes to the customer's own phone.
     */
    @Transactional
    public String start(String customerNumber, String mobile, Locale locale) {
        String number = customerNumber == null ? "" : customerNumber.strip();
        String phone = MobileNumber.normalised(mobile);
        Instant now = clock.instant();
        SecretToken flow = SecretToken.random();
        Optional<Match> match = number.isEmpty() || phone.isEmpty() || throttled(number, phone, now)
                ? Optional.empty() : match(number, phone);
        String code = SecretToken.code();
        jdbc.sql("""
                insert into registration (id, tenant_id, customer_id, customer_number, mobile, code_hash, attempts, state,
                                          created_at, expires_at)
                values (?, ?, ?, ?, ?, ?, 0, ?, ?, ?)""")
                .params(flow.hash(), match.map(Match::tenantId).orElse(null), match.map(Match::customerId).orElse(null),
                        clip(number, 20), clip(phone.isEmpty() ? String.valueOf(mobile).strip() : phone, 32),
                        match.isPresent() ? logins.hash(code) : null, State.STARTED.name(), at(now), at(now.plus(CODE_VALID)))
                .update();
        match.ifPresent(m -> outbox.sms(m.tenantId(), null, phone,
                messages.getMessage("register.sms", new Object[]{code, CODE_VALID.toMinutes()}, locale), REGISTRATION_CODE));
        return flow.token();
    }

    /** The code from the SMS. Wrong five times, or too late, and the registration must start over. */
    @Transactional
    public CodeCheck checkCode(String flowToken, String code) {
        Instant now = clock.instant();
        Optional<Row> row = row(flowToken);
        // Counting the try before checking it: two tries at once can never both slip under the limit.
        int counted = row.isEmpty() ? 0 : jdbc.sql("""
                update registration set attempts = attempts + 1
                where id = ? and state = ? and attempts < ? and expires_at > ?""")
                .params(row.get().id(), State.STARTED.name(), CODE_ATTEMPTS, at(now)).update();
        if (counted == 0) {
            return CodeCheck.START_OVER;
        }
        Row r = row.get();
        boolean right = r.codeHash() != null && code != null && code.strip().matches("[0-9]{6}")
                && logins.matches(code.strip(), r.codeHash());
        if (right) {
            jdbc.sql("update registration set state = ?, code_hash = null, expires_at = ? where id = ?")
                    .params(State.CODE_OK.name(), at(now.plus(CREDENTIALS_VALID)), r.id()).update();
            return CodeCheck.OK;
        }
        return r.attempts() + 1 >= CODE_ATTEMPTS ? CodeCheck.START_OVER : CodeCheck.WRONG;
    }

    /** E-mail and password; the link to validate the address goes by e-mail. */
    @Transactional
    public Credentials chooseCredentials(String flowToken, String email, String password, Locale locale) {
        Instant now = clock.instant();
        Optional<Row> row = row(flowToken).filter(r -> r.state() == State.CODE_OK && now.isBefore(r.expiresAt()));
        if (row.isEmpty()) {
            return Credentials.START_OVER;
        }
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || address.length() > 254) {
            return Credentials.INVALID_EMAIL;
        }
        if (!PasswordRule.acceptable(password, address)) {
            return Credentials.WEAK_PASSWORD;
        }
        if (logins.exists(address)) {
            return Credentials.EMAIL_TAKEN;
        }
        Row r = row.get();
        jdbc.sql("update registration set state = ?, email = ?, password_hash = ?, expires_at = ? where id = ?")
                .params(State.AWAITING_EMAIL.name(), address, logins.hash(password), at(now.plus(LINK_VALID)), r.id())
                .update();
        SecretToken link = SecretToken.random();
        jdbc.sql("""
                insert into email_token (id, purpose, registration_id, created_at, expires_at)
                values (?, ?, ?, ?, ?)""")
                .params(link.hash(), EMAIL_VALIDATION, r.id(), at(now), at(now.plus(LINK_VALID))).update();
        outbox.email(r.tenantId(), null, address, messages.getMessage("register.mail.subject", null, locale),
                messages.getMessage("register.mail.body", new Object[]{links.to(CONFIRM_PATH, link.token())}, locale),
                EMAIL_VALIDATION);
        return Credentials.LINK_SENT;
    }

    /**
     * Follows the validation link: creates the login, owner of the customer's alarm systems.
     *
     * @return the new login's e-mail address; empty when the link is unknown, used, expired, or the customer or
     * address got a login meanwhile
     */
    @Transactional
    public Optional<String> confirm(String linkToken) {
        Instant now = clock.instant();
        record Link(String registrationId) {
        }
        Optional<Link> link = jdbc.sql("""
                select registration_id from email_token
                where id = ? and purpose = ? and used_at is null and expires_at > ?""")
                .params(SecretToken.hashOf(linkToken), EMAIL_VALIDATION, at(now))
                .query((rs, n) -> new Link(rs.getString(1))).optional();
        Optional<Row> row = link.flatMap(l -> rowById(l.registrationId()))
                .filter(r -> r.state() == State.AWAITING_EMAIL && r.customerId() != null);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Row r = row.get();
        // The link is spent whatever follows: a second click must not retry, nor can two clicks at once both count.
        int spent = jdbc.sql("update email_token set used_at = ? where id = ? and used_at is null")
                .params(at(now), SecretToken.hashOf(linkToken)).update();
        if (spent == 0 || logins.existsForCustomer(r.customerId()) || logins.exists(r.email())) {
            return Optional.empty();
        }
        logins.createHashed(r.tenantId(), r.customerId(), r.email(), r.passwordHash(), CustomerRole.OWNER);
        jdbc.sql("update registration set state = ?, password_hash = null where id = ?").params(State.DONE.name(), r.id())
                .update();
        return Optional.of(r.email());
    }

    /** How far the registration in this flow got; empty when there is none (or it expired). */
    public Optional<State> state(String flowToken) {
        Instant now = clock.instant();
        return row(flowToken).filter(r -> now.isBefore(r.expiresAt())).map(Row::state);
    }

    /**
     * Forgets registrations long past use, and their links. Kept a day beyond expiry (longer than the throttle's
     * window), since every start leaves a row, matching or not.
     */
    @Scheduled(fixedDelay = 1, timeUnit = TimeUnit.HOURS)
    @Transactional
    public void forgetStale() {
        OffsetDateTime before = at(clock.instant().minus(Duration.ofDays(1)));
        jdbc.sql("delete from email_token where registration_id in (select id from registration where expires_at < ?)")
                .param(before).update();
        jdbc.sql("delete from registration where expires_at < ?").param(before).update();
        jdbc.sql("delete from email_token where login_id is not null and expires_at < ?").param(before).update();
    }

    private boolean throttled(String number, String phone, Instant now) {
        long starts = jdbc.sql("select count(*) from registration where (customer_number = ? or mobile = ?) and created_at > ?")
                .params(number, phone, at(now.minus(START_WINDOW))).query(Long.class).single();
        return starts >= MAX_STARTS;
    }

    private record Match(long tenantId, long customerId) {
    }

    /** The one customer with that number and mobile, if it has no login yet. */
    private Optional<Match> match(String number, String phone) {
        record Candidate(long tenantId, long customerId, String mobile) {
        }
        List<Match> matches = jdbc.sql("select tenant_id, id, mobile from customer where customer_number = ?").param(number)
                .query((rs, n) -> new Candidate(rs.getLong(1), rs.getLong(2), rs.getString(3))).list().stream()
                .filter(c -> phone.equals(MobileNumber.normalised(c.mobile())))
                .map(c -> new Match(c.tenantId(), c.customerId())).toList();
        return matches.size() == 1 && !logins.existsForCustomer(matches.getFirst().customerId())
                ? Optional.of(matches.getFirst()) : Optional.empty();
    }

    private record Row(String id, Long tenantId, Long customerId, String codeHash, int attempts, State state,
                       String email, String passwordHash, Instant expiresAt) {
    }

    private Optional<Row> row(String flowToken) {
        return flowToken == null || flowToken.isBlank() ? Optional.empty() : rowById(SecretToken.hashOf(flowToken));
    }

    private Optional<Row> rowById(String id) {
        return jdbc.sql("""
                select id, tenant_id, customer_id, code_hash, attempts, state, email, password_hash, expires_at
                from registration where id = ?""").param(id)
                .query((rs, n) -> new Row(rs.getString("id"), (Long) rs.getObject("tenant_id", Long.class),
                        rs.getObject("customer_id", Long.class), rs.getString("code_hash"), rs.getInt("attempts"),
                        State.valueOf(rs.getString("state")), rs.getString("email"), rs.getString("password_hash"),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    private static String clip(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
