package org.vaka.server.portal.contact;

import static org.vaka.server.portal.contact.ContactChange.EMAIL;
import static org.vaka.server.portal.contact.ContactChange.at;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vaka.server.identity.CustomerLogins;
import org.vaka.server.identity.CustomerPrincipal;
import org.vaka.server.notify.Outbox;
import org.vaka.server.portal.guesses.WrongGuesses;
import org.vaka.server.portal.registration.PortalLinks;
import org.vaka.server.portal.registration.SecretToken;

/**
 * A login moves to another e-mail address: asked for with the current password, carried out only when the link
 * e-mailed to the new address is followed (within {@link #LINK_VALID}, once). Until then the old address signs in as
 * before, and it is told that a change was asked for, so a taken-over session cannot quietly move the login away.
 *
 * <p>An address that already has a login gets the same answer as any other — "a link is on its way" — so the form
 * cannot be used to find out which addresses have logins. The taken address gets a mail saying nothing was changed
 * (only its holder learns that it has a login, which they knew), and no link that could work. Following a link
 * signs nobody out: the person proved both the password and the new address. The confirmed row is the record.
 */
@Service
public class EmailChanges {

    static final Duration LINK_VALID = Duration.ofMinutes(30);
    /** Requests per login within {@link #WINDOW}: enough for a mistyped address, too few to flood an inbox. */
    static final int MAX_REQUESTS = 3;
    static final Duration WINDOW = Duration.ofHours(1);
    static final String CONFIRM_PATH = "/portal/email-change";
    static final String LINK = "EMAIL_CHANGE";
    static final String NOTICE = "EMAIL_CHANGE_NOTICE";
    private static final String ADDRESS = "[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}";

    private static final Logger log = LoggerFactory.getLogger(EmailChanges.class);

    public enum Asked { LINK_SENT, INVALID_EMAIL, SAME_ADDRESS, WRONG_PASSWORD, TOO_MANY_TRIES, TOO_MANY_REQUESTS }

    public enum Confirmed { CHANGED, INVALID_LINK, TAKEN }

    /** Where a link would move which address, shown before the person confirms. */
    public record Pending(String from, String to) {
    }

    private final JdbcClient jdbc;
    private final CustomerLogins logins;
    private final WrongGuesses guesses;
    private final Outbox outbox;
    private final MessageSource messages;
    private final PortalLinks links;
    private final Clock clock;

    EmailChanges(JdbcClient jdbc, CustomerLogins logins, WrongGuesses guesses, Outbox outbox, MessageSource messages,
                 PortalLinks links, Clock clock) {
        this.jdbc = jdbc;
        this.logins = logins;
        this.guesses = guesses;
        this.outbox = outbox;
        this.messages = messages;
        this.links = links;
        this.clock = clock;
    }

    @Transactional
    public Asked request(CustomerPrincipal caller, String email, String password, Locale locale) {
        if (guesses.exhausted(caller.loginId(), WrongGuesses.Kind.PASSWORD)) {
            return Asked.TOO_MANY_TRIES;
        }
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!address.matches(ADDRESS) || address.length() > 254) {
            return Asked.INVALID_EMAIL;
        }
        Optional<CustomerPrincipal> login = logins.find(caller.loginId());
        if (login.isEmpty() || password == null || !logins.matches(password, login.get().passwordHash())) {
            guesses.wrong(caller.loginId(), WrongGuesses.Kind.PASSWORD);
            return Asked.WRONG_PASSWORD;
        }
        String current = login.get().email();
        if (address.equals(current)) {
            return Asked.SAME_ADDRESS;
        }
        Instant now = clock.instant();
        if (recentRequests(caller.loginId(), now) >= MAX_REQUESTS) {
            return Asked.TOO_MANY_REQUESTS;
        }
        // Only the newest link works: an older one may sit in an inbox the person has since given up.
        jdbc.sql("update contact_change set closed_at = ? where login_id = ? and kind = ? and closed_at is null")
                .params(at(now), caller.loginId(), EMAIL).update();
        boolean taken = logins.exists(address);
        SecretToken link = SecretToken.random();
        jdbc.sql("""
                insert into contact_change (tenant_id, customer_id, login_id, kind, old_value, new_value, secret_hash,
                                            attempts, created_at, expires_at, closed_at)
                values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)""")
                .params(caller.tenantId(), caller.customerId(), caller.loginId(), EMAIL, current, address,
                        taken ? null : link.hash(), at(now), at(now.plus(LINK_VALID)), taken ? at(now) : null)
                .update();
        if (taken) {
            outbox.email(caller.tenantId(), null, address, text("contact.email.taken.subject", locale),
                    text("contact.email.taken.body", locale), LINK);
        } else {
            outbox.email(caller.tenantId(), null, address, text("contact.email.link.subject", locale),
                    text("contact.email.link.body", locale, links.to(CONFIRM_PATH, link.token()), LINK_VALID.toMinutes()),
                    LINK);
        }
        outbox.email(caller.tenantId(), null, current, text("contact.email.notice.subject", locale),
                text("contact.email.notice.body", locale, address), NOTICE);
        return Asked.LINK_SENT;
    }

    /** What the link would change; empty when it is unknown, used, replaced or expired (all alike). */
    public Optional<Pending> pending(String token) {
        return open(token, clock.instant()).map(row -> new Pending(row.from(), row.to()));
    }

    /** Follows the link: the login's address becomes the new one. */
    @Transactional
    public Confirmed confirm(String token) {
        Instant now = clock.instant();
        Optional<Row> row = open(token, now);
        if (row.isEmpty()) {
            return Confirmed.INVALID_LINK;
        }
        Row r = row.get();
        // Spent whatever follows: a second click never retries, and of two clicks at once only one counts.
        if (jdbc.sql("update contact_change set closed_at = ? where id = ? and closed_at is null").params(at(now), r.id())
                .update() == 0) {
            return Confirmed.INVALID_LINK;
        }
        if (!logins.changeEmail(r.loginId(), r.to())) {
            return Confirmed.TAKEN; // another login got the address after the link was sent
        }
        jdbc.sql("update contact_change set confirmed_at = ? where id = ?").params(at(now), r.id()).update();
        log.info("login {} moved to the e-mail address it confirmed (change {})", r.loginId(), r.id());
        return Confirmed.CHANGED;
    }

    private record Row(long id, long loginId, String from, String to) {
    }

    private Optional<Row> open(String token, Instant now) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select id, login_id, old_value, new_value from contact_change
                        where secret_hash = ? and kind = ? and closed_at is null and expires_at > ?""")
                .params(SecretToken.hashOf(token.strip()), EMAIL, at(now))
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4))).optional();
    }

    private long recentRequests(long loginId, Instant now) {
        return jdbc.sql("select count(*) from contact_change where login_id = ? and kind = ? and created_at > ?")
                .params(loginId, EMAIL, at(now.minus(WINDOW))).query(Long.class).single();
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
