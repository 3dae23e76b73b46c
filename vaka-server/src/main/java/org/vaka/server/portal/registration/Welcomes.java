package org.vaka.server.portal.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vaka.server.notify.Outbox;
import org.vaka.server.portal.PortalContacts;
import org.vaka.server.sites.Contact;
import org.vaka.server.sites.Customer;
import org.vaka.server.sites.InvalidRegistrationException;
import org.vaka.server.sites.SiteContacts;
import org.vaka.server.sites.SiteDescriptions;
import org.vaka.server.sites.SiteDetails;

/**
 * A new customer's welcome, as the seeds describe it: a link by SMS and e-mail; following it, the customer confirms
 * their mobile and customer number (both are in the message, so this checks the centre has them right rather than
 * proving who they are), then the directions to the home, a verification word, and the 2–4 people to call. Each step
 * is stored as it is confirmed, so a customer interrupted half-way goes on where they stopped.
 */
@Service
class Welcomes {

    static final Duration VALID = Duration.ofDays(14);
    /** Wrong confirmations before the link stops working and the centre must send a new one. */
    static final int ATTEMPTS = 5;
    static final String REASON = "WELCOME";
    static final String PATH = "/portal/welcome";

    enum Step { CONFIRM, DIRECTIONS, WORD, USERS, DONE }

    enum Confirmation { OK, WRONG, INVALID_LINK }

    /** To whom a welcome went, with the numbers partly hidden, as staff read it back to the customer. */
    record Sent(String mobile, String email, Instant expiresAt) {
    }

    /** What the customer confirms after the first step; their own details, shown only once they confirmed. */
    record Home(Step step, String customerName, String street, String postalCode, String city, String directions,
                List<Contact> contacts, boolean hasLogin) {
    }

    private record Row(String id, long tenantId, long siteId, Step step, int attempts, Instant expiresAt) {
    }

    private final JdbcClient jdbc;
    private final SiteDescriptions descriptions;
    private final SiteContacts contacts;
    private final Outbox outbox;
    private final MessageSource messages;
    private final PortalLinks links;
    private final Clock clock;

    Welcomes(JdbcClient jdbc, SiteDescriptions descriptions, SiteContacts contacts, Outbox outbox, MessageSource messages,
             PortalLinks links, Clock clock) {
        this.jdbc = jdbc;
        this.descriptions = descriptions;
        this.contacts = contacts;
        this.outbox = outbox;
        this.messages = messages;
        this.links = links;
        this.clock = clock;
    }

    /**
     * Sends the welcome to the site's customer by SMS and, when they have an address, by e-mail; an earlier welcome
     * for the site stops working.
     *
     * @return empty when the tenant has no such site
     * @throws InvalidRegistrationException when the site has no customer with a mobile number to send it to
     */
    @Transactional
    public Optional<Sent> send(long tenantId, long siteId, long staffId, String language) {
        Optional<SiteDetails> details = descriptions.details(tenantId, siteId);
        if (details.isEmpty()) {
            return Optional.empty();
        }
        Customer customer = details.get().customer();
        String mobile = customer == null ? "" : MobileNumber.normalised(customer.mobile());
        if (mobile.isEmpty()) {
            throw new InvalidRegistrationException("customer.mobile",
                    "the site has no customer with a mobile number; record one on the site first");
        }
        Locale locale = languageOf(language, mobile);
        Instant now = clock.instant();
        jdbc.sql("update customer_welcome set expires_at = ? where tenant_id = ? and site_id = ? and expires_at > ?")
                .params(at(now), tenantId, siteId, at(now)).update();
        SecretToken link = SecretToken.random();
        Instant expires = now.plus(VALID);
        jdbc.sql("""
                insert into customer_welcome (id, tenant_id, site_id, step, attempts, sent_by, created_at, expires_at)
                values (?, ?, ?, ?, 0, ?, ?, ?)""")
                .params(link.hash(), tenantId, siteId, Step.CONFIRM.name(), staffId, at(now), at(expires)).update();
        String url = links.to(PATH, link.token());
        Object[] args = {customer.name(), customer.number(), url, VALID.toDays()};
        outbox.sms(tenantId, siteId, mobile, messages.getMessage("welcome.sms", args, locale), REASON);
        boolean email = customer.email() != null && !customer.email().isBlank();
        if (email) {
            outbox.email(tenantId, siteId, customer.email().strip(), messages.getMessage("welcome.email.subject", null, locale),
                    messages.getMessage("welcome.email", args, locale), REASON);
        }
        return Optional.of(new Sent(masked(mobile), email ? maskedEmail(customer.email().strip()) : null, expires));
    }

    /** Where the welcome behind this link stands; empty when the link is unknown, replaced, used up or too old. */
    public Optional<Step> step(String token) {
        return live(token).map(Row::step);
    }

    /** Both must be what the centre has; the fifth wrong try ends the link. */
    @Transactional
    public Confirmation confirm(String token, String customerNumber, String mobile) {
        Optional<Row> row = live(token);
        if (row.isEmpty()) {
            return Confirmation.INVALID_LINK;
        }
        Row r = row.get();
        if (r.step() != Step.CONFIRM) {
            return Confirmation.OK;
        }
        // Counted before it is checked, so two tries at once cannot both slip under the limit.
        int counted = jdbc.sql("update customer_welcome set attempts = attempts + 1 where id = ? and attempts < ?")
                .params(r.id(), ATTEMPTS).update();
        if (counted == 0) {
            return Confirmation.INVALID_LINK;
        }
        Customer customer = descriptions.details(r.tenantId(), r.siteId()).map(SiteDetails::customer).orElse(null);
        String typedMobile = MobileNumber.normalised(mobile);
        boolean right = customer != null && customerNumber != null && customer.number().equals(customerNumber.strip())
                && !typedMobile.isEmpty() && typedMobile.equals(MobileNumber.normalised(customer.mobile()));
        if (!right) {
            return r.attempts() + 1 >= ATTEMPTS ? Confirmation.INVALID_LINK : Confirmation.WRONG;
        }
        advance(r, Step.DIRECTIONS);
        return Confirmation.OK;
    }

    /** The customer's details to confirm; empty until the first step is done (or when the link is not live). */
    public Optional<Home> home(String token) {
        return live(token).filter(r -> r.step() != Step.CONFIRM).map(r -> {
            SiteDetails details = descriptions.details(r.tenantId(), r.siteId()).orElseThrow();
            boolean hasLogin = jdbc.sql("""
                    select count(*) from customer_login l join site s on s.customer_id = l.customer_id
                    where s.id = ? and s.tenant_id = ?""").params(r.siteId(), r.tenantId()).query(Integer.class).single() > 0;
            return new Home(r.step(), details.customer().name(), details.street(), details.postalCode(), details.city(),
                    details.directions(), contacts.contacts(r.tenantId(), r.siteId()).orElseThrow(), hasLogin);
        });
    }

    /**
     * @return false when the link is not live or its first step is not done
     * @throws InvalidRegistrationException naming the field, with nothing stored
     */
    @Transactional
    public boolean confirmDirections(String token, String directions) {
        if (directions == null || directions.isBlank() || directions.length() > 2000) {
            throw new InvalidRegistrationException("directions", "describe the way to the home (at most 2,000 characters)");
        }
        return reached(token, Step.DIRECTIONS).map(r -> {
            SiteDetails d = descriptions.details(r.tenantId(), r.siteId()).orElseThrow();
            descriptions.describe(r.tenantId(), r.siteId(), new SiteDetails(d.customer(), d.street(), d.postalCode(), d.city(),
                    directions.strip(), d.keyHeld(), d.guardCompany()));
            advance(r, Step.WORD);
            return true;
        }).orElse(false);
    }

    /**
     * The word is typed twice, as it cannot be read back afterwards.
     *
     * @return false when the link is not live or the earlier steps are not done
     * @throws InvalidRegistrationException naming the field, with nothing stored
     */
    @Transactional
    public boolean createWord(String token, String word, String repeated) {
        if (word == null || !word.strip().equalsIgnoreCase(repeated == null ? "" : repeated.strip())) {
            throw new InvalidRegistrationException("repeated", "the two words differ");
        }
        return reached(token, Step.WORD).map(r -> {
            contacts.setVerificationWord(r.tenantId(), r.siteId(), word);
            advance(r, Step.USERS);
            return true;
        }).orElse(false);
    }

    /**
     * The people the centre calls, in order; the last step, after which the link has done its work.
     *
     * @return false when the link is not live or the earlier steps are not done
     * @throws InvalidRegistrationException naming the field, with nothing stored
     */
    @Transactional
    public boolean confirmUsers(String token, List<Contact> people) {
        PortalContacts.requireCallList(people);
        return reached(token, Step.USERS).map(r -> {
            contacts.replaceContacts(r.tenantId(), r.siteId(), people);
            jdbc.sql("update customer_welcome set step = ?, completed_at = ? where id = ?")
                    .params(Step.DONE.name(), at(clock.instant()), r.id()).update();
            return true;
        }).orElse(false);
    }

    /** A step may be done again until the whole welcome is, but never before the steps ahead of it. */
    private Optional<Row> reached(String token, Step step) {
        return live(token).filter(r -> r.step().ordinal() >= step.ordinal() && r.step() != Step.DONE);
    }

    private void advance(Row r, Step next) {
        jdbc.sql("update customer_welcome set step = ? where id = ? and step = ?")
                .params(next.name(), r.id(), Step.values()[Math.max(0, next.ordinal() - 1)].name()).update();
    }

    /** A finished welcome stays readable (its page says it is done); a replaced or expired one does not. */
    private Optional<Row> live(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return jdbc.sql("select id, tenant_id, site_id, step, attempts, expires_at from customer_welcome where id = ?")
                .param(SecretToken.hashOf(token))
                .query((rs, n) -> new Row(rs.getString("id"), rs.getLong("tenant_id"), rs.getLong("site_id"),
                        Step.valueOf(rs.getString("step")), rs.getInt("attempts"),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
                .optional()
                .filter(r -> now.isBefore(r.expiresAt()) && (r.step() != Step.CONFIRM || r.attempts() < ATTEMPTS));
    }

    /**
     * The customer's language as staff chose it, or else from their mobile: a Finnish number gets Finnish, anyone
     * else Swedish, the language of most customers. The staff member's own language says nothing about the customer's.
     */
    static Locale languageOf(String language, String mobile) {
        String chosen = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        return switch (chosen) {
            case "" -> Locale.forLanguageTag(mobile.startsWith("+358") ? "fi" : "sv");
            case "sv", "fi", "en" -> Locale.forLanguageTag(chosen);
            default -> throw new InvalidRegistrationException("language", "choose sv, fi or en (or none: by the mobile number)");
        };
    }

    private static String masked(String mobile) {
        return mobile.substring(0, Math.min(4, mobile.length())) + "•".repeat(Math.max(0, mobile.length() - 6))
                + mobile.substring(Math.max(4, mobile.length() - 2));
    }

    private static String maskedEmail(String email) {
        int at = email.indexOf('@');
        return at <= 1 ? email : email.charAt(0) + "•••" + email.substring(at);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
