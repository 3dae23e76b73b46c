package org.vaka.server.portal.contact;

import static org.vaka.server.portal.contact.ContactChange.MOBILE;
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
import org.vaka.server.identity.CustomerRole;
import org.vaka.server.notify.Outbox;
import org.vaka.server.portal.guesses.WrongGuesses;
import org.vaka.server.portal.registration.MobileNumber;
import org.vaka.server.portal.registration.SecretToken;
import org.vaka.server.sites.CustomerMobiles;

/**
 * The customer's mobile number changes: asked for with the current password, a six-digit code goes to the new
 * number (valid {@link #CODE_VALID}, {@link #CODE_ATTEMPTS} tries, at most {@link #MAX_CODES} an hour per customer
 * and per number, as when registering), and the number changes once the code comes back. The old number is told.
 *
 * <p>Only the owner changes it: it is the customer's number, the one registration matches and the centre texts, and
 * the owner holds the agreement. Other logins have no number of their own to change — the one an invitation went to
 * was only where its link was sent. The customer's own entries in their sites' call lists (the same number) follow
 * the change, so the centre never calls a number the customer has given up; other contacts are left alone.
 */
@Service
public class MobileChanges {

    static final Duration CODE_VALID = Duration.ofMinutes(10);
    static final int CODE_ATTEMPTS = 5;
    static final int MAX_CODES = 3;
    static final Duration WINDOW = Duration.ofHours(1);
    static final String CODE = "MOBILE_CHANGE_CODE";
    static final String NOTICE = "MOBILE_CHANGE_NOTICE";

    private static final Logger log = LoggerFactory.getLogger(MobileChanges.class);

    public enum Asked { CODE_SENT, NOT_OWNER, INVALID_MOBILE, SAME_NUMBER, WRONG_PASSWORD, TOO_MANY_TRIES, TOO_MANY_REQUESTS }

    public enum Confirmed { CHANGED, NOT_OWNER, WRONG_CODE, START_OVER }

    private final JdbcClient jdbc;
    private final CustomerLogins logins;
    private final CustomerMobiles mobiles;
    private final WrongGuesses guesses;
    private final Outbox outbox;
    private final MessageSource messages;
    private final Clock clock;

    MobileChanges(JdbcClient jdbc, CustomerLogins logins, CustomerMobiles mobiles, WrongGuesses guesses, Outbox outbox,
                  MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.logins = logins;
        this.mobiles = mobiles;
        this.guesses = guesses;
        this.outbox = outbox;
        this.messages = messages;
        this.clock = clock;
    }

    /** The customer's number as the centre has it; empty when none is recorded. */
    public Optional<String> current(CustomerPrincipal caller) {
        return mobiles.mobile(caller.tenantId(), caller.customerId());
    }

    @Transactional
    public Asked request(CustomerPrincipal caller, String mobile, String password, Locale locale) {
        if (caller.role() != CustomerRole.OWNER) {
            return Asked.NOT_OWNER;
        }
        if (guesses.exhausted(caller.loginId(), WrongGuesses.Kind.PASSWORD)) {
            return Asked.TOO_MANY_TRIES;
        }
        String number = MobileNumber.normalised(mobile);
        if (number.isEmpty()) {
            return Asked.INVALID_MOBILE;
        }
        Optional<CustomerPrincipal> login = logins.find(caller.loginId());
        if (login.isEmpty() || password == null || !logins.matches(password, login.get().passwordHash())) {
            guesses.wrong(caller.loginId(), WrongGuesses.Kind.PASSWORD);
            return Asked.WRONG_PASSWORD;
        }
        Optional<String> current = current(caller);
        if (current.map(MobileNumber::normalised).filter(number::equals).isPresent()) {
            return Asked.SAME_NUMBER;
        }
        Instant now = clock.instant();
        long recent = jdbc.sql("""
                        select count(*) from contact_change
                        where kind = ? and (customer_id = ? or new_value = ?) and created_at > ?""")
                .params(MOBILE, caller.customerId(), number, at(now.minus(WINDOW))).query(Long.class).single();
        if (recent >= MAX_CODES) {
            return Asked.TOO_MANY_REQUESTS;
        }
        jdbc.sql("update contact_change set closed_at = ? where customer_id = ? and kind = ? and closed_at is null")
                .params(at(now), caller.customerId(), MOBILE).update();
        String code = SecretToken.code();
        jdbc.sql("""
                insert into contact_change (tenant_id, customer_id, login_id, kind, old_value, new_value, secret_hash,
                                            attempts, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(caller.tenantId(), caller.customerId(), caller.loginId(), MOBILE, current.orElse(null), number,
                        logins.hash(code), at(now), at(now.plus(CODE_VALID)))
                .update();
        outbox.sms(caller.tenantId(), null, number,
                messages.getMessage("contact.mobile.code.sms", new Object[]{code, CODE_VALID.toMinutes()}, locale), CODE);
        return Asked.CODE_SENT;
    }

    /** The number a code is waiting for, while one is; shown so the person knows where to look. */
    public Optional<String> pending(CustomerPrincipal caller) {
        return open(caller, clock.instant()).map(Row::to);
    }

    /** The code from the SMS. Wrong {@link #CODE_ATTEMPTS} times, or too late, and it must be asked for again. */
    @Transactional
    public Confirmed confirm(CustomerPrincipal caller, String code, Locale locale) {
        if (caller.role() != CustomerRole.OWNER) {
            return Confirmed.NOT_OWNER;
        }
        Instant now = clock.instant();
        Optional<Row> row = open(caller, now);
        // Counting the try before judging it: two tries at once can never both slip under the limit.
        int counted = row.isEmpty() ? 0 : jdbc.sql("""
                update contact_change set attempts = attempts + 1
                where id = ? and closed_at is null and attempts < ? and expires_at > ?""")
                .params(row.get().id(), CODE_ATTEMPTS, at(now)).update();
        if (counted == 0) {
            return Confirmed.START_OVER;
        }
        Row r = row.get();
        boolean right = code != null && code.strip().matches("[0-9]{6}") && logins.matches(code.strip(), r.codeHash());
        if (!right) {
            if (r.attempts() + 1 >= CODE_ATTEMPTS) {
                jdbc.sql("update contact_change set closed_at = ? where id = ?").params(at(now), r.id()).update();
                return Confirmed.START_OVER;
            }
            return Confirmed.WRONG_CODE;
        }
        jdbc.sql("update contact_change set closed_at = ?, confirmed_at = ?, secret_hash = null where id = ?")
                .params(at(now), at(now), r.id()).update();
        String old = r.from() == null ? "" : MobileNumber.normalised(r.from());
        int followed = mobiles.change(caller.tenantId(), caller.customerId(), r.to(),
                phone -> !old.isEmpty() && old.equals(MobileNumber.normalised(phone)));
        if (!old.isEmpty()) {
            outbox.sms(caller.tenantId(), null, old, messages.getMessage("contact.mobile.notice.sms",
                    new Object[]{masked(r.to())}, locale), NOTICE);
        }
        log.info("customer {} changed its mobile number (change {}, {} call-list entries followed)",
                caller.customerId(), r.id(), followed);
        return Confirmed.CHANGED;
    }

    /** The old number's holder is told which number took over, without being handed all of it. */
    static String masked(String number) {
        return number.length() <= 4 ? number : "…" + number.substring(number.length() - 4);
    }

    private record Row(long id, String from, String to, String codeHash, int attempts) {
    }

    private Optional<Row> open(CustomerPrincipal caller, Instant now) {
        return jdbc.sql("""
                        select id, old_value, new_value, secret_hash, attempts from contact_change
                        where customer_id = ? and login_id = ? and kind = ? and closed_at is null and expires_at > ?
                        order by created_at desc, id desc""")
                .params(caller.customerId(), caller.loginId(), MOBILE, at(now))
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
                .list().stream().findFirst();
    }
}
