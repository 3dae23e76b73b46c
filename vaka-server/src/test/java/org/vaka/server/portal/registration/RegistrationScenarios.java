package org.vaka.server.portal.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
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
import org.springframework.test.web.servlet.MvcResult;
import org.vaka.server.TestClock;
import org.vaka.server.identity.CustomerLogins;
import org.vaka.server.identity.CustomerRole;
import org.vaka.server.notify.Notification;
import org.vaka.server.notify.Outbox;
import org.vaka.server.sites.PanelAccounts;

import com.jayway.jsonpath.JsonPath;

/**
 * Registering for the portal and resetting a forgotten password, as a browser does it (forms with CSRF, the flow in
 * the session), with the SMS codes and e-mailed links read from the outbox. Each scenario registers a customer of
 * its own, except the one for Cecilia of the demo tenant, who has no login until she follows her link.
 */
abstract class RegistrationScenarios {

    static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");
    static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");
    static final String PASSWORD = "correct horse battery";

    @Autowired MockMvc mvc;
    @Autowired Outbox outbox;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    @Autowired CustomerLogins logins;
    @Autowired PanelAccounts accounts;

    record Someone(String number, String mobile) {
    }

    /** A customer of the demo tenant with no login, recorded with the mobile written the way people write it. */
    Someone newCustomer() {
        String number = String.valueOf(ThreadLocalRandom.current().nextInt(500_000, 999_999));
        String local = "07" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        jdbc.sql("insert into customer (tenant_id, customer_number, name, mobile) values (1, ?, ?, ?)")
                .params(number, "Test " + number, local.substring(0, 3) + "-" + local.substring(3)).update();
        return new Someone(number, "+46" + local.substring(1));
    }

    MvcResult start(MockHttpSession session, String number, String mobile) throws Exception {
        return mvc.perform(post("/portal/register").session(session).with(csrf())
                .param("customerNumber", number).param("mobile", mobile)).andReturn();
    }

    Object submitCode(MockHttpSession session, String code) throws Exception {
        return mvc.perform(post("/portal/register/code").session(session).with(csrf()).param("code", code))
                .andReturn().getFlashMap().get("error");
    }

    Object submitCredentials(MockHttpSession session, String email, String password) throws Exception {
        return mvc.perform(post("/portal/register/credentials").session(session).with(csrf())
                .param("email", email).param("password", password)).andReturn().getFlashMap().get("error");
    }

    List<Notification> sent(String recipient, String reason) {
        return outbox.recent(1, 500).stream()
                .filter(n -> n.recipient().equals(recipient) && n.reason().equals(reason)).toList();
    }

    String codeSentTo(String mobile) {
        List<Notification> sms = sent(mobile, "REGISTRATION_CODE");
        assertThat(sms).as("codes sent to " + mobile).isNotEmpty();
        Matcher m = CODE.matcher(sms.getFirst().body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    String linkSentTo(String email, String reason) {
        List<Notification> mails = sent(email, reason);
        assertThat(mails).as(reason + " to " + email).isNotEmpty();
        Matcher m = TOKEN.matcher(mails.getFirst().body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    String page(MockHttpSession session) throws Exception {
        return mvc.perform(get("/portal/register").session(session)).andReturn().getResponse().getContentAsString();
    }

    int sitesStatus(String email, String password) throws Exception {
        return mvc.perform(get("/api/v1/portal/sites").with(httpBasic(email, password))).andReturn().getResponse().getStatus();
    }

    /** Registers someone up to the e-mailed link, which it returns. */
    String registerUpToTheLink(Someone someone, String email) throws Exception {
        MockHttpSession session = new MockHttpSession();
        start(session, someone.number(), someone.mobile());
        assertThat(submitCode(session, codeSentTo(someone.mobile()))).isNull();
        assertThat(submitCredentials(session, email, PASSWORD)).isNull();
        assertThat(page(session)).contains("Follow its link");
        return linkSentTo(email, "EMAIL_VALIDATION");
    }

    @Test
    void wrongDetailsGetTheSameAnswerAsRightOnesAndNoSms() throws Exception {
        Someone someone = newCustomer();
        Someone stranger = newCustomer();
        MvcResult wrongMobile = start(new MockHttpSession(), someone.number(), stranger.mobile());
        MvcResult wrongNumber = start(new MockHttpSession(), "999999999", someone.mobile());
        MvcResult garbage = start(new MockHttpSession(), "", "not a phone");
        assertThat(sent(someone.mobile(), "REGISTRATION_CODE")).isEmpty();
        assertThat(sent(stranger.mobile(), "REGISTRATION_CODE")).isEmpty();

        // Typed the Swedish way, with spaces, as most customers will.
        String typed = "0" + someone.mobile().substring(3, 5) + " " + someone.mobile().substring(5);
        MvcResult right = start(new MockHttpSession(), someone.number(), typed);
        assertThat(sent(someone.mobile(), "REGISTRATION_CODE")).hasSize(1);
        for (MvcResult result : List.of(wrongMobile, wrongNumber, garbage, right)) {
            assertThat(result.getResponse().getStatus()).isEqualTo(302);
            assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/portal/register");
            assertThat(result.getFlashMap().get("notice")).isEqualTo("register.codeSent");
        }
        String smsText = sent(someone.mobile(), "REGISTRATION_CODE").getFirst().body();
        assertThat(smsText).contains("10 minutes");

        // Without CSRF the form is refused.
        assertThat(mvc.perform(post("/portal/register").param("customerNumber", someone.number())
                .param("mobile", someone.mobile())).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theCodeExpiresAfterTenMinutes() throws Exception {
        Someone someone = newCustomer();
        MockHttpSession session = new MockHttpSession();
        start(session, someone.number(), someone.mobile());
        String code = codeSentTo(someone.mobile());
        assertThat(page(session)).contains("six-digit code");
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        assertThat(submitCode(session, code)).isEqualTo("register.startOver");
        assertThat(page(session)).contains("Customer number");
    }

    @Test
    void fiveWrongCodesAndTheRightOneNoLongerWorks() throws Exception {
        Someone someone = newCustomer();
        MockHttpSession session = new MockHttpSession();
        start(session, someone.number(), someone.mobile());
        String code = codeSentTo(someone.mobile());
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 1; i < 5; i++) {
            assertThat(submitCode(session, wrong)).as("try " + i).isEqualTo("register.wrongCode");
        }
        assertThat(submitCode(session, wrong)).isEqualTo("register.startOver");
        assertThat(submitCode(session, code)).isEqualTo("register.startOver");
    }

    @Test
    void weakPasswordsAreRefused() throws Exception {
        Someone someone = newCustomer();
        MockHttpSession session = new MockHttpSession();
        start(session, someone.number(), someone.mobile());
        assertThat(submitCode(session, codeSentTo(someone.mobile()))).isNull();
        String email = "p" + someone.number() + "@example.test";
        assertThat(submitCredentials(session, email, "short")).isEqualTo("register.weakPassword");
        assertThat(submitCredentials(session, email, email)).isEqualTo("register.weakPassword");
        assertThat(submitCredentials(session, "not an address", PASSWORD)).isEqualTo("register.invalidEmail");
        assertThat(submitCredentials(session, "anna@demo.vaka", PASSWORD)).isEqualTo("register.emailTaken");
        assertThat(sent(email, "EMAIL_VALIDATION")).isEmpty();
    }

    @Test
    void ceciliaRegistersFollowsTheLinkAndSeesOnlyHerSummerHouse() throws Exception {
        String email = "cecilia-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test";
        String link = registerUpToTheLink(new Someone("100042", "+46701234567"), email);
        String mail = sent(email, "EMAIL_VALIDATION").getFirst().body();
        assertThat(mail).contains("http://localhost:8080/portal/register/confirm?token=");

        // No login before the link.
        assertThat(logins.exists(email)).isFalse();
        assertThat(sitesStatus(email, PASSWORD)).isEqualTo(401);

        String confirmed = mvc.perform(get("/portal/register/confirm").param("token", link)).andReturn().getResponse()
                .getContentAsString();
        assertThat(confirmed).contains("is active");
        assertThat(logins.findByEmail(email).orElseThrow().role()).isEqualTo(CustomerRole.OWNER);

        MockHttpServletResponse sites = mvc.perform(get("/api/v1/portal/sites").with(httpBasic(email, PASSWORD)))
                .andReturn().getResponse();
        assertThat(sites.getStatus()).isEqualTo(200);
        long summerHouse = accounts.view(1, "9ABC").orElseThrow().siteId();
        assertThat(JsonPath.<List<Integer>>read(sites.getContentAsString(), "$[*].id")).containsExactly((int) summerHouse);
        assertThat(sites.getContentAsString()).contains("sommarstugan").doesNotContain("Solbacken");

        // The link works once.
        assertThat(mvc.perform(get("/portal/register/confirm").param("token", link)).andReturn().getResponse()
                .getContentAsString()).contains("not valid");

        // Registered once, registering again sends no code.
        int codesBefore = sent("+46701234567", "REGISTRATION_CODE").size();
        MvcResult again = start(new MockHttpSession(), "100042", "070-123 45 67");
        assertThat(again.getFlashMap().get("notice")).isEqualTo("register.codeSent");
        assertThat(sent("+46701234567", "REGISTRATION_CODE")).hasSize(codesBefore);
    }

    @Test
    void aSecondRegistrationOfTheSameCustomerWaitingForItsLinkCannotActivate() throws Exception {
        Someone someone = newCustomer();
        String first = registerUpToTheLink(someone, "first-" + someone.number() + "@example.test");
        String second = registerUpToTheLink(someone, "second-" + someone.number() + "@example.test");
        assertThat(mvc.perform(get("/portal/register/confirm").param("token", second)).andReturn().getResponse()
                .getContentAsString()).contains("is active");
        assertThat(mvc.perform(get("/portal/register/confirm").param("token", first)).andReturn().getResponse()
                .getContentAsString()).contains("not valid");
        assertThat(logins.exists("first-" + someone.number() + "@example.test")).isFalse();
    }

    @Test
    void aForgottenPasswordIsResetOnceByLinkAndEverySessionEnds() throws Exception {
        Someone someone = newCustomer();
        String email = "reset-" + someone.number() + "@example.test";
        logins.create(1, someone.number(), email, PASSWORD, CustomerRole.OWNER).orElseThrow();
        MockHttpServletResponse login = mvc.perform(post("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}")).andReturn().getResponse();
        String appToken = JsonPath.read(login.getContentAsString(), "$.token");

        // Known or not, the answer is the same; only a known address gets mail.
        String unknown = "nobody-" + someone.number() + "@example.test";
        for (String address : List.of(unknown, email)) {
            assertThat(mvc.perform(post("/portal/forgot").with(csrf()).param("email", address)).andReturn().getResponse()
                    .getRedirectedUrl()).isEqualTo("/portal/forgot?sent");
        }
        assertThat(sent(unknown, "PASSWORD_RESET")).isEmpty();
        String link = linkSentTo(email, "PASSWORD_RESET");
        assertThat(sent(email, "PASSWORD_RESET").getFirst().body()).contains("/portal/reset?token=", "30 minutes");

        assertThat(mvc.perform(get("/portal/reset").param("token", link)).andReturn().getResponse().getContentAsString())
                .contains("name=\"password\"");
        assertThat(mvc.perform(post("/portal/reset").with(csrf()).param("token", link).param("password", "short"))
                .andReturn().getResponse().getContentAsString()).contains("at least 10 characters");
        String fresh = "a brand new secret";
        assertThat(mvc.perform(post("/portal/reset").with(csrf()).param("token", link).param("password", fresh))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/portal/login?reset");

        assertThat(sitesStatus(email, PASSWORD)).isEqualTo(401);
        assertThat(sitesStatus(email, fresh)).isEqualTo(200);
        assertThat(mvc.perform(get("/api/v1/portal/sites").header("Authorization", "Bearer " + appToken)).andReturn()
                .getResponse().getStatus()).as("the app's session is revoked").isEqualTo(401);

        // Once only.
        assertThat(mvc.perform(post("/portal/reset").with(csrf()).param("token", link).param("password", "yet another one"))
                .andReturn().getResponse().getContentAsString()).contains("not valid");
        assertThat(sitesStatus(email, fresh)).isEqualTo(200);

        // And for 30 minutes only.
        mvc.perform(post("/portal/forgot").with(csrf()).param("email", email));
        String late = linkSentTo(email, "PASSWORD_RESET");
        assertThat(late).isNotEqualTo(link);
        clock.advance(Duration.ofMinutes(30).plusSeconds(1));
        assertThat(mvc.perform(get("/portal/reset").param("token", late)).andReturn().getResponse().getContentAsString())
                .contains("not valid").doesNotContain("name=\"password\"");
        assertThat(mvc.perform(post("/portal/reset").with(csrf()).param("token", late).param("password", "yet another one"))
                .andReturn().getResponse().getContentAsString()).contains("not valid");
        assertThat(sitesStatus(email, fresh)).isEqualTo(200);
    }

    MockHttpServletResponse json(String path, String body) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
    }

    @Test
    void theAppRegistersAndResetsByTheSameRules() throws Exception {
        Someone someone = newCustomer();
        Someone stranger = newCustomer();
        MockHttpServletResponse wrong = json("/api/v1/auth/register",
                "{\"customerNumber\":\"" + someone.number() + "\",\"mobile\":\"" + stranger.mobile() + "\"}");
        MockHttpServletResponse started = json("/api/v1/auth/register",
                "{\"customerNumber\":\"" + someone.number() + "\",\"mobile\":\"" + someone.mobile() + "\"}");
        assertThat(wrong.getStatus()).isEqualTo(202);
        assertThat(started.getStatus()).isEqualTo(202);
        assertThat(sent(stranger.mobile(), "REGISTRATION_CODE")).isEmpty();
        String registration = JsonPath.read(started.getContentAsString(), "$.registration");
        String code = codeSentTo(someone.mobile());
        String wrongCode = code.equals("000000") ? "111111" : "000000";

        assertThat(json("/api/v1/auth/register/code", "{\"registration\":\"" + registration + "\",\"code\":\"" + wrongCode + "\"}")
                .getStatus()).isEqualTo(400);
        assertThat(json("/api/v1/auth/register/code", "{\"registration\":\"" + registration + "\",\"code\":\"" + code + "\"}")
                .getStatus()).isEqualTo(200);
        String email = "app-" + someone.number() + "@example.test";
        assertThat(json("/api/v1/auth/register/credentials", "{\"registration\":\"" + registration + "\",\"email\":\""
                + email + "\",\"password\":\"short\"}").getStatus()).isEqualTo(400);
        assertThat(json("/api/v1/auth/register/credentials", "{\"registration\":\"" + registration + "\",\"email\":\""
                + email + "\",\"password\":\"" + PASSWORD + "\"}").getStatus()).isEqualTo(202);
        assertThat(logins.exists(email)).isFalse();
        mvc.perform(get("/portal/register/confirm").param("token", linkSentTo(email, "EMAIL_VALIDATION")));
        assertThat(sitesStatus(email, PASSWORD)).isEqualTo(200);

        assertThat(json("/api/v1/auth/password-reset", "{\"email\":\"nobody-" + someone.number() + "@example.test\"}")
                .getStatus()).isEqualTo(202);
        assertThat(json("/api/v1/auth/password-reset", "{\"email\":\"" + email + "\"}").getStatus()).isEqualTo(202);
        String link = linkSentTo(email, "PASSWORD_RESET");
        String body = "{\"token\":\"" + link + "\",\"password\":\"another long secret\"}";
        assertThat(json("/api/v1/auth/password-reset/confirm", body).getStatus()).isEqualTo(204);
        assertThat(json("/api/v1/auth/password-reset/confirm", body).getStatus()).isEqualTo(410);
        assertThat(sitesStatus(email, "another long secret")).isEqualTo(200);
    }

    @Autowired Registrations registrations;

    @Test
    void aSwedishBrowserGetsASwedishCodeAndStaleRegistrationsAreForgotten() throws Exception {
        Someone someone = newCustomer();
        mvc.perform(post("/portal/register").with(csrf()).header("Accept-Language", "sv-SE")
                .param("customerNumber", someone.number()).param("mobile", someone.mobile()));
        assertThat(sent(someone.mobile(), "REGISTRATION_CODE").getFirst().body()).contains("Din kod", "10 minuter");
        String count = "select count(*) from registration where customer_number = ?";
        assertThat(jdbc.sql(count).param(someone.number()).query(Long.class).single()).isEqualTo(1);

        registrations.forgetStale();
        assertThat(jdbc.sql(count).param(someone.number()).query(Long.class).single()).isEqualTo(1);
        clock.advance(Duration.ofDays(1).plusMinutes(11));
        registrations.forgetStale();
        assertThat(jdbc.sql(count).param(someone.number()).query(Long.class).single()).isZero();
    }
}
