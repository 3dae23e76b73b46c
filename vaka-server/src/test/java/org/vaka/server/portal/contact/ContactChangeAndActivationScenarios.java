package org.vaka.server.portal.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.vaka.server.TestClock;
import org.vaka.server.identity.CustomerLogins;
import org.vaka.server.identity.CustomerRole;
import org.vaka.server.notify.Notification;
import org.vaka.server.notify.Outbox;
import org.vaka.server.sites.Contact;
import org.vaka.server.sites.CustomerMobiles;
import org.vaka.server.sites.PanelAccountRegistration;
import org.vaka.server.sites.PanelAccounts;
import org.vaka.server.sites.SiteContacts;

import com.jayway.jsonpath.JsonPath;

/**
 * A login changes its e-mail address (a link to the new one, a notice to the old) or its customer's mobile number (a
 * code by SMS to the new one), and an owner adds a newly installed alarm system with the activation code the centre
 * issued. Codes and links are read from the outbox. Each scenario makes customers and sites of its own, so the demo
 * tenant's stay as they are.
 */
abstract class ContactChangeAndActivationScenarios {

    static final String PASSWORD = "correct horse battery";
    static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");
    static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");
    static final String NO_SUCH_CODE = "No alarm system has that activation code.";

    @Autowired MockMvc mvc;
    @Autowired Outbox outbox;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    @Autowired CustomerLogins logins;
    @Autowired PanelAccounts accounts;
    @Autowired SiteContacts contacts;
    @Autowired CustomerMobiles mobiles;
    @Autowired org.vaka.server.sites.SiteDescriptions descriptions;

    /** A customer of the demo tenant with an owner's login. */
    record Customer(long id, String number, String mobile, String email) {
    }

    Customer newCustomer() {
        return newCustomer(CustomerRole.OWNER);
    }

    Customer newCustomer(CustomerRole role) {
        String number = String.valueOf(ThreadLocalRandom.current().nextInt(500_000, 999_999));
        String mobile = "+4673" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String email = "c" + number + "-" + UUID.randomUUID().toString().substring(0, 6) + "@example.se";
        jdbc.sql("insert into customer (tenant_id, customer_number, name, mobile) values (1, ?, ?, ?)")
                .params(number, "Kund " + number, mobile).update();
        logins.create(1, number, email, PASSWORD, role).orElseThrow();
        long id = jdbc.sql("select id from customer where customer_number = ?").param(number).query(Long.class).single();
        return new Customer(id, number, mobile, email);
    }

    /** Another login of the same customer. */
    String loginOf(Customer customer, CustomerRole role) {
        String email = role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
        logins.create(1, customer.number(), email, PASSWORD, role).orElseThrow();
        return email;
    }

    /** A newly installed site: a panel account, no customer yet. */
    long newSite(String name) {
        String account = "C" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xFFFFFF)).toUpperCase(Locale.ROOT);
        accounts.register(1, new PanelAccountRegistration(account, "0", "0", null, null, 90, name));
        return accounts.view(1, account).orElseThrow().siteId();
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    MockHttpServletResponse as(String email, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(email, PASSWORD))).andReturn().getResponse();
    }

    int sitesStatus(String email) throws Exception {
        return as(email, get("/api/v1/portal/sites")).getStatus();
    }

    MockHttpServletResponse askEmail(String as, String newEmail, String password) throws Exception {
        return as(as, json(post("/api/v1/portal/account/email"),
                "{\"email\":\"" + newEmail + "\",\"password\":\"" + password + "\"}"));
    }

    MockHttpServletResponse confirmLink(String token) throws Exception {
        return mvc.perform(json(post("/api/v1/auth/email-change/confirm"), "{\"token\":\"" + token + "\"}"))
                .andReturn().getResponse();
    }

    MockHttpServletResponse askMobile(String as, String mobile, String password) throws Exception {
        return as(as, json(post("/api/v1/portal/account/mobile"),
                "{\"mobile\":\"" + mobile + "\",\"password\":\"" + password + "\"}"));
    }

    MockHttpServletResponse confirmCode(String as, String code) throws Exception {
        return as(as, json(post("/api/v1/portal/account/mobile/confirm"), "{\"code\":\"" + code + "\"}"));
    }

    MockHttpServletResponse activate(String as, String code) throws Exception {
        return as(as, json(post("/api/v1/portal/systems/activate"), "{\"code\":\"" + code + "\"}"));
    }

    String issueCode(long site) throws Exception {
        MockHttpServletResponse issued = mvc.perform(post("/api/v1/sites/{id}/activation-code", site)
                .with(httpBasic("admin@demo.vaka", "demo-admin"))).andReturn().getResponse();
        assertThat(issued.getStatus()).as(issued.getContentAsString()).isEqualTo(201);
        return JsonPath.read(issued.getContentAsString(), "$.code");
    }

    List<Notification> sent(String recipient, String reason) {
        return outbox.recent(1, 500).stream()
                .filter(n -> n.recipient().equals(recipient) && n.reason().equals(reason)).toList();
    }

    String linkSentTo(String email) {
        List<Notification> mails = sent(email, "EMAIL_CHANGE");
        assertThat(mails).as("links sent to " + email).isNotEmpty();
        Matcher m = TOKEN.matcher(mails.getFirst().body());
        assertThat(m.find()).as(mails.getFirst().body()).isTrue();
        return m.group(1);
    }

    String codeSentTo(String mobile) {
        List<Notification> sms = sent(mobile, "MOBILE_CHANGE_CODE");
        assertThat(sms).as("codes sent to " + mobile).isNotEmpty();
        Matcher m = CODE.matcher(sms.getFirst().body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    static String newAddress() {
        return "new-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
    }

    static String newMobile() {
        return "+4676" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    static String error(MockHttpServletResponse response) throws Exception {
        return JsonPath.read(response.getContentAsString(), "$.error");
    }

    // --- e-mail ---

    @Test
    void aNewAddressGetsALinkTheOldANoticeAndTheOldSignsInUntilTheLinkIsFollowed() throws Exception {
        Customer anna = newCustomer();
        String app = JsonPath.read(mvc.perform(json(post("/api/v1/auth/login"),
                "{\"email\":\"" + anna.email() + "\",\"password\":\"" + PASSWORD + "\"}")).andReturn().getResponse()
                .getContentAsString(), "$.token");
        String next = newAddress();
        assertThat(askEmail(anna.email(), next, PASSWORD).getStatus()).isEqualTo(202);

        String token = linkSentTo(next);
        assertThat(sent(next, "EMAIL_CHANGE").getFirst().body()).contains("/portal/email-change?token=", "30");
        assertThat(sent(anna.email(), "EMAIL_CHANGE_NOTICE").getFirst().body()).contains(next).doesNotContain(token);
        assertThat(sitesStatus(anna.email())).isEqualTo(200);
        assertThat(sitesStatus(next)).isEqualTo(401);

        // Opening the link (as a mail scanner would) only asks; the click changes it.
        MockHttpSession browser = new MockHttpSession();
        String page = mvc.perform(get("/portal/email-change").param("token", token).session(browser)).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains(anna.email(), next, "Change my address");
        assertThat(sitesStatus(anna.email())).isEqualTo(200);
        mvc.perform(post("/portal/email-change").param("token", token).session(browser))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(403)); // no CSRF token
        String done = mvc.perform(post("/portal/email-change").param("token", token).session(browser).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(done).contains("sign in with your new address");

        assertThat(sitesStatus(next)).isEqualTo(200);
        assertThat(sitesStatus(anna.email())).isEqualTo(401);
        // No session is revoked: the app signed in before keeps working.
        assertThat(mvc.perform(get("/api/v1/portal/sites").header("Authorization", "Bearer " + app)).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
        // Used: a second click, in the page or the API, changes nothing.
        assertThat(mvc.perform(post("/portal/email-change").param("token", token).session(browser).with(csrf()))
                .andReturn().getResponse().getContentAsString()).contains("The link is not valid");
        assertThat(confirmLink(token).getStatus()).isEqualTo(410);
        // The change is recorded.
        assertThat(jdbc.sql("""
                        select old_value || ' > ' || new_value from contact_change
                        where kind = 'EMAIL' and confirmed_at is not null and customer_id = ?""").param(anna.id())
                .query(String.class).list()).containsExactly(anna.email() + " > " + next);
    }

    @Test
    void aWrongPasswordAMalformedAddressAnExpiredOrReplacedLinkEachSaySoAndChangeNothing() throws Exception {
        Customer bo = newCustomer();
        MockHttpServletResponse wrongPassword = askEmail(bo.email(), newAddress(), "not my password");
        assertThat(wrongPassword.getStatus()).isEqualTo(400);
        assertThat(error(wrongPassword)).isEqualTo("WRONG_PASSWORD");
        assertThat(JsonPath.<String>read(wrongPassword.getContentAsString(), "$.field")).isEqualTo("password");
        MockHttpServletResponse malformed = askEmail(bo.email(), "bo-at-example.se", PASSWORD);
        assertThat(error(malformed)).isEqualTo("INVALID_EMAIL");
        assertThat(JsonPath.<String>read(malformed.getContentAsString(), "$.field")).isEqualTo("email");
        assertThat(error(askEmail(bo.email(), bo.email().toUpperCase(Locale.ROOT), PASSWORD))).isEqualTo("SAME_ADDRESS");

        String expiring = newAddress();
        assertThat(askEmail(bo.email(), expiring, PASSWORD).getStatus()).isEqualTo(202);
        String expired = linkSentTo(expiring);
        clock.advance(Duration.ofMinutes(31));
        assertThat(error(confirmLink(expired))).isEqualTo("INVALID_LINK");
        assertThat(mvc.perform(get("/portal/email-change").param("token", expired)).andReturn().getResponse()
                .getContentAsString()).contains("The link is not valid");

        String first = newAddress();
        String second = newAddress();
        assertThat(askEmail(bo.email(), first, PASSWORD).getStatus()).isEqualTo(202);
        assertThat(askEmail(bo.email(), second, PASSWORD).getStatus()).isEqualTo(202);
        assertThat(confirmLink(linkSentTo(first)).getStatus()).isEqualTo(410); // replaced by the newer one
        assertThat(sitesStatus(bo.email())).isEqualTo(200);
        assertThat(sitesStatus(first)).isEqualTo(401);
        // Three links within the hour (the expired one was asked for 31 minutes ago): the fourth waits.
        MockHttpServletResponse fourth = askEmail(bo.email(), newAddress(), PASSWORD);
        assertThat(fourth.getStatus()).isEqualTo(429);
        assertThat(error(fourth)).isEqualTo("TOO_MANY_REQUESTS");
        assertThat(confirmLink(linkSentTo(second)).getStatus()).isEqualTo(204);
        assertThat(sitesStatus(second)).isEqualTo(200);
    }

    @Test
    void fiveWrongPasswordsMakeTheLoginWaitAQuarterOfAnHourEvenWithTheRightOne() throws Exception {
        Customer cecilia = newCustomer();
        for (int i = 0; i < 5; i++) {
            assertThat(error(askEmail(cecilia.email(), newAddress(), "guess " + i))).isEqualTo("WRONG_PASSWORD");
        }
        MockHttpServletResponse waiting = askEmail(cecilia.email(), newAddress(), PASSWORD);
        assertThat(waiting.getStatus()).isEqualTo(429);
        assertThat(error(waiting)).isEqualTo("TOO_MANY_TRIES");
        assertThat(error(askMobile(cecilia.email(), newMobile(), PASSWORD))).isEqualTo("TOO_MANY_TRIES");
        // Another login is not held up by her guesses.
        assertThat(askEmail(newCustomer().email(), newAddress(), PASSWORD).getStatus()).isEqualTo(202);
        clock.advance(Duration.ofMinutes(16));
        assertThat(askEmail(cecilia.email(), newAddress(), PASSWORD).getStatus()).isEqualTo(202);
    }

    @Test
    void aTakenAddressGetsTheSameAnswerAsAFreeOneButNoLinkThatCouldWork() throws Exception {
        Customer david = newCustomer();
        Customer holder = newCustomer();
        MockHttpServletResponse free = askEmail(david.email(), newAddress(), PASSWORD);
        MockHttpServletResponse taken = askEmail(david.email(), holder.email(), PASSWORD);
        assertThat(taken.getStatus()).isEqualTo(free.getStatus()).isEqualTo(202);
        assertThat(taken.getContentAsString()).isEqualTo(free.getContentAsString());
        List<Notification> toHolder = sent(holder.email(), "EMAIL_CHANGE");
        assertThat(toHolder).hasSize(1);
        assertThat(toHolder.getFirst().body()).contains("already has a login").doesNotContain("token=");
        assertThat(sent(david.email(), "EMAIL_CHANGE_NOTICE")).hasSize(2);
        assertThat(sitesStatus(david.email())).isEqualTo(200);
        assertThat(logins.findByEmail(holder.email()).orElseThrow().customerId()).isEqualTo(holder.id());

        // An address that gets a login after the link was sent: following it changes nothing.
        String later = newAddress();
        assertThat(askEmail(david.email(), later, PASSWORD).getStatus()).isEqualTo(202);
        String token = linkSentTo(later);
        logins.create(1, holder.number(), later, PASSWORD, CustomerRole.USER).orElseThrow();
        MockHttpServletResponse confirmed = confirmLink(token);
        assertThat(confirmed.getStatus()).isEqualTo(409);
        assertThat(error(confirmed)).isEqualTo("TAKEN");
        assertThat(sitesStatus(david.email())).isEqualTo(200);
        assertThat(logins.findByEmail(later).orElseThrow().customerId()).isEqualTo(holder.id());
    }

    // --- mobile ---

    @Test
    void theOwnerGetsACodeOnTheNewNumberAndTheNumberAndTheirCallListEntriesChangeWhenItComesBack() throws Exception {
        Customer erik = newCustomer();
        long site = newSite("Erik, villan");
        jdbc.sql("update site set customer_id = ? where id = ?").params(erik.id(), site).update();
        contacts.replaceContacts(1, site, List.of(new Contact(1, "Erik", erik.mobile().replace("+46", "0")),
                new Contact(2, "Grannen", "+46705551234")));
        String next = newMobile();
        String typed = "0" + next.substring(3, 5) + "-" + next.substring(5); // 076-1234567, as people type it
        assertThat(askMobile(erik.email(), typed, PASSWORD).getStatus()).isEqualTo(202);
        String code = codeSentTo(next);
        assertThat(sent(next, "MOBILE_CHANGE_CODE").getFirst().body()).contains("10");
        assertThat(mobiles.mobile(1, erik.id())).contains(erik.mobile()); // nothing yet

        String wrongCode = code.equals("000000") ? "111111" : "000000";
        MockHttpServletResponse wrong = confirmCode(erik.email(), wrongCode);
        assertThat(wrong.getStatus()).isEqualTo(400);
        assertThat(error(wrong)).isEqualTo("WRONG_CODE");
        assertThat(mobiles.mobile(1, erik.id())).contains(erik.mobile());

        MockHttpServletResponse right = confirmCode(erik.email(), code);
        assertThat(right.getStatus()).isEqualTo(200);
        assertThat(JsonPath.<String>read(right.getContentAsString(), "$.mobile")).isEqualTo(next);
        assertThat(mobiles.mobile(1, erik.id())).contains(next);
        assertThat(contacts.contacts(1, site).orElseThrow()).extracting(Contact::phone).containsExactly(next, "+46705551234");
        assertThat(sent(erik.mobile(), "MOBILE_CHANGE_NOTICE").getFirst().body()).contains(next.substring(next.length() - 4))
                .doesNotContain(next);
        assertThat(error(confirmCode(erik.email(), code))).isEqualTo("START_OVER"); // used
        assertThat(as(erik.email(), get("/portal/account")).getContentAsString()).contains(next);
    }

    @Test
    void onlyTheOwnerChangesTheNumberAndBadNumbersPasswordsCodesAndLateCodesAreRefused() throws Exception {
        Customer fia = newCustomer();
        String administrator = loginOf(fia, CustomerRole.ADMINISTRATOR);
        MockHttpServletResponse notOwner = askMobile(administrator, newMobile(), PASSWORD);
        assertThat(notOwner.getStatus()).isEqualTo(403);
        assertThat(error(notOwner)).isEqualTo("NOT_OWNER");
        assertThat(error(askMobile(fia.email(), "ring mig", PASSWORD))).isEqualTo("INVALID_MOBILE");
        assertThat(error(askMobile(fia.email(), fia.mobile(), PASSWORD))).isEqualTo("SAME_NUMBER");
        assertThat(error(askMobile(fia.email(), newMobile(), "wrong password"))).isEqualTo("WRONG_PASSWORD");
        assertThat(error(confirmCode(fia.email(), "123456"))).isEqualTo("START_OVER"); // nothing asked for

        // Five tries, then the code is spent even when the sixth is right.
        String next = newMobile();
        assertThat(askMobile(fia.email(), next, PASSWORD).getStatus()).isEqualTo(202);
        String code = codeSentTo(next);
        String wrongCode = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 4; i++) {
            assertThat(error(confirmCode(fia.email(), wrongCode))).isEqualTo("WRONG_CODE");
        }
        assertThat(error(confirmCode(fia.email(), wrongCode))).isEqualTo("START_OVER");
        assertThat(error(confirmCode(fia.email(), code))).isEqualTo("START_OVER");
        assertThat(mobiles.mobile(1, fia.id())).contains(fia.mobile());

        // Ten minutes, then the code is too late.
        String late = newMobile();
        assertThat(askMobile(fia.email(), late, PASSWORD).getStatus()).isEqualTo(202);
        String lateCode = codeSentTo(late);
        clock.advance(Duration.ofMinutes(11));
        assertThat(error(confirmCode(fia.email(), lateCode))).isEqualTo("START_OVER");
        assertThat(mobiles.mobile(1, fia.id())).contains(fia.mobile());

        // At most three codes an hour for a customer.
        assertThat(askMobile(fia.email(), newMobile(), PASSWORD).getStatus()).isEqualTo(202);
        MockHttpServletResponse fourth = askMobile(fia.email(), newMobile(), PASSWORD);
        assertThat(fourth.getStatus()).isEqualTo(429);
        assertThat(error(fourth)).isEqualTo("TOO_MANY_REQUESTS");
        clock.advance(Duration.ofMinutes(61));
        String finally_ = newMobile();
        assertThat(askMobile(fia.email(), finally_, PASSWORD).getStatus()).isEqualTo(202);
        assertThat(confirmCode(fia.email(), codeSentTo(finally_)).getStatus()).isEqualTo(200);
        assertThat(mobiles.mobile(1, fia.id())).contains(finally_);
    }

    @Test
    void theAccountPageFormsCarryCsrfAndSayWhatWentWrong() throws Exception {
        Customer gun = newCustomer();
        MockHttpSession browser = (MockHttpSession) mvc.perform(post("/portal/login").with(csrf())
                .param("username", gun.email()).param("password", PASSWORD)).andReturn().getRequest().getSession();
        String account = mvc.perform(get("/portal/account").session(browser)).andReturn().getResponse().getContentAsString();
        assertThat(account).contains("Change e-mail address", "Change mobile number", gun.mobile());
        mvc.perform(post("/portal/account/email").session(browser).param("email", newAddress()).param("password", PASSWORD))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(403));
        var refused = mvc.perform(post("/portal/account/email").session(browser).with(csrf()).param("email", newAddress())
                .param("password", "wrong")).andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/portal/account");
        assertThat(refused.getFlashMap().get("contactError")).isEqualTo("contact.error.WRONG_PASSWORD");

        String next = newMobile();
        var asked = mvc.perform(post("/portal/account/mobile").session(browser).with(csrf()).param("mobile", next)
                .param("password", PASSWORD)).andReturn();
        assertThat(asked.getResponse().getRedirectedUrl()).isEqualTo("/portal/account/mobile");
        assertThat(mvc.perform(get("/portal/account/mobile").session(browser)).andReturn().getResponse().getContentAsString())
                .contains(next, "six-digit code");
        var confirmed = mvc.perform(post("/portal/account/mobile/confirm").session(browser).with(csrf())
                .param("code", codeSentTo(next))).andReturn();
        assertThat(confirmed.getFlashMap().get("contactNotice")).isEqualTo("contact.mobile.changed");

        String user = loginOf(gun, CustomerRole.USER);
        assertThat(as(user, get("/portal/account")).getContentAsString()).contains("Change e-mail address")
                .doesNotContain("Change mobile number", next);
    }

    // --- activation ---

    @Test
    void anAdministratorIssuesACodeAndTheOwnerWhoTypesItGetsTheSiteAndNobodyElseSeesIt() throws Exception {
        Customer owner = newCustomer();
        Customer other = newCustomer();
        long site = newSite("Stugan vid sjön");
        assertThat(mvc.perform(post("/api/v1/sites/{id}/activation-code", site).with(httpBasic("operator@demo.vaka", "demo-operator")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        String code = issueCode(site);
        assertThat(code).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}");
        assertThat(jdbc.sql("select code_hash from site_activation_code where site_id = ?").param(site).query(String.class)
                .single()).doesNotContain(code).hasSize(64);

        for (Customer c : List.of(owner, other)) {
            assertThat(as(c.email(), get("/api/v1/portal/sites")).getContentAsString()).doesNotContain("Stugan");
            assertThat(as(c.email(), get("/api/v1/portal/sites/{id}", site)).getStatus()).isEqualTo(404);
        }
        // Typed carelessly: lower case, no dash, spaces.
        MockHttpServletResponse activated = activate(owner.email(), " " + code.toLowerCase(Locale.ROOT).replace("-", " ") + " ");
        assertThat(activated.getStatus()).as(activated.getContentAsString()).isEqualTo(200);
        assertThat(JsonPath.<Integer>read(activated.getContentAsString(), "$.id")).isEqualTo((int) site);

        String mine = as(owner.email(), get("/api/v1/portal/sites")).getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(mine, "$[*].id")).containsExactly((int) site);
        assertThat(as(owner.email(), get("/api/v1/portal/sites/{id}", site)).getStatus()).isEqualTo(200);
        assertThat(as(owner.email(), get("/api/v1/portal/sites/{id}/history", site)).getStatus()).isEqualTo(200);
        assertThat(as(owner.email(), get("/portal")).getContentAsString()).contains("Stugan vid sjön");
        // The customer is the first one the centre calls, until the owner gives the list.
        assertThat(contacts.contacts(1, site).orElseThrow()).containsExactly(new Contact(1, "Kund " + owner.number(), owner.mobile()));

        MockHttpServletResponse othersView = as(other.email(), get("/api/v1/portal/sites/{id}", site));
        MockHttpServletResponse missing = as(other.email(), get("/api/v1/portal/sites/{id}", 987_654_321L));
        assertThat(othersView.getStatus()).isEqualTo(404);
        assertThat(othersView.getContentAsString().replace("/" + site, "/x"))
                .isEqualTo(missing.getContentAsString().replace("/987654321", "/x"));
        assertThat(as(other.email(), get("/api/v1/portal/sites")).getContentAsString()).doesNotContain("Stugan");

        // Used: the other customer (or the owner again) gets the answer any wrong code gets.
        MockHttpServletResponse used = activate(other.email(), code);
        MockHttpServletResponse made = activate(other.email(), "ABCDE-FGHJK");
        assertThat(used.getStatus()).isEqualTo(404);
        assertThat(used.getContentAsString()).isEqualTo(made.getContentAsString()).contains(NO_SUCH_CODE);
        assertThat(activate(owner.email(), code).getStatus()).isEqualTo(404);
        // The site is someone's now: no new code for it.
        assertThat(mvc.perform(post("/api/v1/sites/{id}/activation-code", site).with(httpBasic("admin@demo.vaka", "demo-admin")))
                .andReturn().getResponse().getStatus()).isEqualTo(409);
        assertThat(mvc.perform(post("/api/v1/sites/{id}/activation-code", 987_654_321L).with(httpBasic("admin@demo.vaka", "demo-admin")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void anExpiredOrReplacedCodeIsRefusedAndUsersAndAppOnlyLoginsMayNotActivate() throws Exception {
        Customer owner = newCustomer();
        long site = newSite("Förrådet");
        String old = issueCode(site);
        String current = issueCode(site);
        assertThat(activate(owner.email(), old).getContentAsString()).contains(NO_SUCH_CODE);

        String user = loginOf(owner, CustomerRole.USER);
        String appOnly = loginOf(owner, CustomerRole.APP_ONLY);
        assertThat(activate(user, current).getStatus()).isEqualTo(403);
        assertThat(activate(appOnly, current).getStatus()).isEqualTo(403);
        assertThat(as(owner.email(), get("/api/v1/portal/sites")).getContentAsString()).doesNotContain("Förrådet");

        clock.advance(Duration.ofDays(31));
        assertThat(activate(owner.email(), current).getContentAsString()).contains(NO_SUCH_CODE);
        assertThat(as(owner.email(), get("/api/v1/portal/sites")).getContentAsString()).doesNotContain("Förrådet");

        // An administrator of the customer may add one too.
        String administrator = loginOf(owner, CustomerRole.ADMINISTRATOR);
        assertThat(activate(administrator, issueCode(site)).getStatus()).isEqualTo(200);
        assertThat(as(owner.email(), get("/api/v1/portal/sites")).getContentAsString()).contains("Förrådet");
    }

    @Test
    void aSiteThatHasAnEarlierCustomersContractGetsNoCodeSoTheirInvoicesNeverFollowIt() throws Exception {
        Customer earlier = newCustomer();
        long site = newSite("Radhuset");
        jdbc.sql("update site set customer_id = ? where id = ?").params(earlier.id(), site).update();
        jdbc.sql("""
                insert into contract (tenant_id, customer_id, site_id, market, kind, activated_on, binding_months,
                                      invoicing_period, payment_method, monthly_fee, monthly_rental)
                values (1, ?, ?, 'SE', 'HOME', ?, 0, 'MONTHLY', 'EMAIL', 29900, 0)""")
                .params(earlier.id(), site, java.time.LocalDate.of(2025, 1, 1)).update();
        jdbc.sql("update site set customer_id = null where id = ?").param(site).update(); // the centre cleared it
        MockHttpServletResponse refused = mvc.perform(post("/api/v1/sites/{id}/activation-code", site)
                .with(httpBasic("admin@demo.vaka", "demo-admin"))).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString()).contains("contract");
    }

    @Test
    void fiveWrongCodesMakeTheLoginWaitEvenWithTheRightCodeAndTheWaitEnds() throws Exception {
        Customer owner = newCustomer();
        long site = newSite("Båthuset");
        String code = issueCode(site);
        for (int i = 0; i < 5; i++) {
            assertThat(activate(owner.email(), "WRONG-CODE" + i).getStatus()).isEqualTo(404);
        }
        MockHttpServletResponse waiting = activate(owner.email(), code);
        assertThat(waiting.getStatus()).isEqualTo(429);
        assertThat(waiting.getContentAsString()).doesNotContain("Båthuset");
        assertThat(as(owner.email(), get("/api/v1/portal/sites")).getContentAsString()).doesNotContain("Båthuset");
        clock.advance(Duration.ofMinutes(16));
        assertThat(activate(owner.email(), code).getStatus()).isEqualTo(200);
    }

    @Test
    void theFindNewAlarmSystemPageAndTheConsoleButtonWork() throws Exception {
        Customer owner = newCustomer();
        long site = newSite("Garaget");
        MockHttpSession admin = (MockHttpSession) mvc.perform(post("/login").with(csrf())
                .param("username", "admin@demo.vaka").param("password", "demo-admin")).andReturn().getRequest().getSession();
        var issued = mvc.perform(post("/console/sites/{id}/edit/activation-code", site).session(admin).with(csrf())).andReturn();
        assertThat(issued.getResponse().getRedirectedUrl()).isEqualTo("/console/sites/" + site);
        var issuedCode = (org.vaka.server.sites.IssuedActivationCode) issued.getFlashMap().get("activationCode");
        String code = issuedCode.code();
        assertThat(mvc.perform(get("/console/sites/{id}", site).session(admin))
                .andReturn().getResponse().getContentAsString()).contains(code, "Issue a new activation code");
        assertThat(mvc.perform(get("/console/sites/{id}", site).session(admin)).andReturn().getResponse().getContentAsString())
                .doesNotContain(code); // shown once
        MockHttpSession operator = (MockHttpSession) mvc.perform(post("/login").with(csrf())
                .param("username", "operator@demo.vaka").param("password", "demo-operator")).andReturn().getRequest().getSession();
        assertThat(mvc.perform(post("/console/sites/{id}/edit/activation-code", site).session(operator).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);

        MockHttpSession browser = (MockHttpSession) mvc.perform(post("/portal/login").with(csrf())
                .param("username", owner.email()).param("password", PASSWORD)).andReturn().getRequest().getSession();
        assertThat(mvc.perform(get("/portal").session(browser)).andReturn().getResponse().getContentAsString())
                .contains("/portal/systems/add");
        assertThat(mvc.perform(get("/portal/systems/add").session(browser)).andReturn().getResponse().getContentAsString())
                .contains("Activation code");
        var wrong = mvc.perform(post("/portal/systems/add").session(browser).with(csrf()).param("code", "NOPE-NOPE")).andReturn();
        assertThat(wrong.getFlashMap().get("error")).isEqualTo("activation.error.NO_SUCH_CODE");
        var added = mvc.perform(post("/portal/systems/add").session(browser).with(csrf()).param("code", code)).andReturn();
        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/portal#site-" + site);
        assertThat(mvc.perform(get("/portal").session(browser)).andReturn().getResponse().getContentAsString()).contains("Garaget");

        String user = loginOf(owner, CustomerRole.USER);
        assertThat(as(user, get("/portal")).getContentAsString()).doesNotContain("/portal/systems/add");
    }

    /** The centre hands a site on (the house was sold): the new customer's portal begins then, the old one loses it. */
    @Test
    void aSiteHandedOnToAnotherCustomerStartsAfreshForThem() throws Exception {
        Customer seller = newCustomer();
        Customer buyer = newCustomer();
        long site = newSite("Huset på hörnet");
        describe(site, seller, "Hörnvägen 1");
        outbox.sms(1, site, seller.mobile(), "Strömavbrott hos säljaren.", "MAINS_LOST");
        assertThat(as(seller.email(), get("/api/v1/portal/notifications")).getContentAsString()).contains("hos säljaren");

        clock.advance(Duration.ofMinutes(1));
        describe(site, buyer, "Hörnvägen 1");
        clock.advance(Duration.ofMinutes(1));
        outbox.sms(1, site, buyer.mobile(), "Strömmen är tillbaka i köparens hus.", "MAINS_RESTORED");
        assertThat(as(buyer.email(), get("/api/v1/portal/notifications")).getContentAsString())
                .contains("köparens hus").doesNotContain("hos säljaren");
        assertThat(as(buyer.email(), get("/api/v1/portal/sites/{id}/history", site)).getStatus()).isEqualTo(200);
        assertThat(as(seller.email(), get("/api/v1/portal/sites/{id}", site)).getStatus()).isEqualTo(404);
        assertThat(as(seller.email(), get("/api/v1/portal/notifications")).getContentAsString()).doesNotContain("Huset");

        // Correcting the same customer's address is no hand-over: nothing of theirs disappears.
        clock.advance(Duration.ofMinutes(1));
        describe(site, buyer, "Hörnvägen 1 A");
        assertThat(as(buyer.email(), get("/api/v1/portal/notifications")).getContentAsString()).contains("köparens hus");
    }

    void describe(long site, Customer customer, String street) {
        descriptions.describe(1, site, new org.vaka.server.sites.SiteDetails(new org.vaka.server.sites.Customer(
                customer.number(), "Kund " + customer.number(), customer.mobile(), null), street, "123 45", "Ekby", null, false, null));
    }

    @Test
    void theDemoTenantHasSommarstuganWaitingForTheDemoCode() throws Exception {
        long sommarstugan = accounts.view(1, "1357").orElseThrow().siteId();
        assertThat(jdbc.sql("select count(*) from site where id = ? and customer_id is null").param(sommarstugan)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from site_activation_code where site_id = ? and used_at is null")
                .param(sommarstugan).query(Long.class).single()).isEqualTo(1);
    }
}
