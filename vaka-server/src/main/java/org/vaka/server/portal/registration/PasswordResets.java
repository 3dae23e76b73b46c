package org.vaka.server.portal.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vaka.server.identity.CustomerLogins;
import org.vaka.server.identity.CustomerPrincipal;
import org.vaka.server.identity.CustomerSessions;
import org.vaka.server.notify.Outbox;

/**
 * Forgotten passwords: a link by e-mail, valid {@link #LINK_VALID} and once, leads to a new password; setting it
 * signs the login out everywhere, since whoever knew the old one may be signed in. Asking answers the same whether
 * or not the address has a login.
 */
@Service
public class PasswordResets {

    static final Duration LINK_VALID = Duration.ofMinutes(30);
    /** Links sent per login within {@link #WINDOW}: enough for a lost mail, too few to flood an inbox. */
    static final int MAX_LINKS = 3;
    static final Duration WINDOW = Duration.ofHours(1);
    static final String PASSWORD_RESET = "PASSWORD_RESET";
    static final String RESET_PATH = "/portal/reset";

    enum Outcome { CHANGED, WEAK_PASSWORD, INVALID_LINK }

    private final JdbcClient jdbc;
    private final CustomerLogins logins;
    private final CustomerSessions sessions;
    private final Outbox outbox;
    private final MessageSource messages;
    private final PortalLinks links;
    private final Clock clock;

    PasswordResets(JdbcClient jdbc, CustomerLogins logins, CustomerSessions sessions, Outbox outbox,
                   MessageSource messages, PortalLinks links, Clock clock) {
        this.jdbc = jdbc;
        this.logins = logins;
        this.sessions = sessions;
        this.outbox = outbox;
        this.messages = messages;
        this.links = links;
        this.clock = clock;
    }

    @Transactional
    public void request(String email, Locale locale) {
        Instant now = clock.instant();
        Optional<CustomerPrincipal> login = logins.findByEmail(email).filter(CustomerPrincipal::enabled)
                .filter(l -> recentLinks(l.loginId(), now) < MAX_LINKS);
        login.ifPresent(l -> {
            SecretToken link = SecretToken.random();
            jdbc.sql("insert into email_token (id, purpose, login_id, created_at, expires_at) values (?, ?, ?, ?, ?)")
                    .params(link.hash(), PASSWORD_RESET, l.loginId(), Registrations.at(now),
                            Registrations.at(now.plus(LINK_VALID))).update();
            outbox.email(l.tenantId(), null, l.email(), messages.getMessage("reset.mail.subject", null, locale),
                    messages.getMessage("reset.mail.body",
                            new Object[]{links.to(RESET_PATH, link.token()), LINK_VALID.toMinutes()}, locale),
                    PASSWORD_RESET);
        });
    }

    /** Whether the link can still set a password (to show the form, or say it expired). */
    public boolean usable(String linkToken) {
        return loginOf(linkToken, clock.instant()).isPresent();
    }

    @Transactional
    public Outcome reset(String linkToken, String newPassword) {
        Instant now = clock.instant();
        Optional<CustomerPrincipal> login = loginOf(linkToken, now).flatMap(logins::find);
        if (login.isEmpty()) {
            return Outcome.INVALID_LINK;
        }
        if (!PasswordRule.acceptable(newPassword, login.get().email())) {
            return Outcome.WEAK_PASSWORD;
        }
        int spent = jdbc.sql("update email_token set used_at = ? where id = ? and used_at is null")
                .params(Registrations.at(now), SecretToken.hashOf(linkToken)).update();
        if (spent == 0) {
            return Outcome.INVALID_LINK;
        }
        logins.changePassword(login.get().loginId(), newPassword);
        sessions.revokeAll(login.get().loginId());
        return Outcome.CHANGED;
    }

    private Optional<Long> loginOf(String linkToken, Instant now) {
        if (linkToken == null || linkToken.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select login_id from email_token where id = ? and purpose = ? and used_at is null and expires_at > ?""")
                .params(SecretToken.hashOf(linkToken), PASSWORD_RESET, Registrations.at(now)).query(Long.class).optional();
    }

    private long recentLinks(long loginId, Instant now) {
        return jdbc.sql("select count(*) from email_token where login_id = ? and purpose = ? and created_at > ?")
                .params(loginId, PASSWORD_RESET, Registrations.at(now.minus(WINDOW))).query(Long.class).single();
    }
}
