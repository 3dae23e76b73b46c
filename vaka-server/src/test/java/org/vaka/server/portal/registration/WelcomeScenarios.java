package org.vaka.server.portal.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.vaka.server.TestClock;
import org.vaka.server.notify.Notification;
import org.vaka.server.notify.Outbox;
import org.vaka.server.sites.Contact;
import org.vaka.server.sites.SiteContacts;
import org.vaka.server.sites.SiteDescriptions;

import com.jayway.jsonpath.JsonPath;

/**
 * A new customer's welcome, sent by an administrator and followed by the customer through the pages and through the
 * app's API, with the link read from the outbox. Each scenario has a customer and site of its own.
 */
abstract class WelcomeScenarios {

    static final Pattern TOKEN = Pattern.compile("/portal/welcome\\?token=([A-Za-z0-9_-]+)");

    @Autowired MockMvc mvc;
    @Autowired Outbox outbox;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    @Autowired SiteContacts contacts;
    @Autowired SiteDescriptions descriptions;

    record NewHome(long siteId, String number, String mobile, String email) {
    }

    /** What the centre records when a system is installed: the customer, the site, the address; nothing more yet. */
    NewHome installed() {
        return installed("07");
    }

    /** A home whose customer's mobile starts as written locally: "07" Swedish, "+35840" Finnish. */
    NewHome installed(String prefix) {
        String number = String.valueOf(ThreadLocalRandom.current().nextInt(200_000, 499_999));
        String local = prefix + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        String email = "w" + number + "@example.test";
        jdbc.sql("insert into customer (tenant_id, customer_number, name, mobile, email) values (1, ?, ?, ?, ?)")
                .params(number, "Vera " + number, local.startsWith("+") ? local : local.substring(0, 3) + "-" + local.substring(3), email)
                .update();
        long customer = jdbc.sql("select id from customer where tenant_id = 1 and customer_number = ?").param(number)
                .query(Long.class).single();
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into site (tenant_id, name, created_at, customer_id, street, postal_code, city, directions)
                values (1, ?, ?, ?, 'Ekvägen 4', '123 45', 'Ekby', 'Gul villa')""")
                .params("Villa " + number, OffsetDateTime.now(clock), customer).update(keys, "id");
        return new NewHome(keys.getKey().longValue(), number, local.startsWith("+") ? local : "+46" + local.substring(1), email);
    }

    MockHttpServletResponse sendWelcome(long siteId, String user, String password) throws Exception {
        return mvc.perform(post("/api/v1/sites/{id}/welcome", siteId).with(httpBasic(user, password)))
                .andReturn().getResponse();
    }

    String welcomeLink(NewHome home) throws Exception {
        MockHttpServletResponse sent = sendWelcome(home.siteId(), "admin@demo.vaka", "demo-admin");
        assertThat(sent.getStatus()).as(sent.getContentAsString()).isEqualTo(202);
        return tokenIn(lastTo(home.mobile()).body());
    }

    Notification lastTo(String recipient) {
        return outbox.recent(1, 500).stream().filter(n -> n.recipient().equals(recipient) && n.reason().equals("WELCOME"))
                .findFirst().orElseThrow(() -> new AssertionError("no welcome to " + recipient));
    }

    static String tokenIn(String text) {
        Matcher m = TOKEN.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group(1);
    }

    String page(String token) throws Exception {
        return mvc.perform(get("/portal/welcome").param("token", token)).andReturn().getResponse().getContentAsString();
    }

    MvcResult form(String step, String token, String... params) throws Exception {
        var request = post("/portal/welcome/" + step).with(csrf()).param("token", token);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn();
    }

    @Test
    void anAdministratorSendsItByTextAndMailAndOperatorsMayNot() throws Exception {
        NewHome home = installed();
        assertThat(sendWelcome(home.siteId(), "operator@demo.vaka", "demo-operator").getStatus()).isEqualTo(403);
        assertThat(sendWelcome(home.siteId(), "anna@demo.vaka", "demo-customer").getStatus()).isEqualTo(403);
        assertThat(sendWelcome(home.siteId(), "nobody@demo.vaka", "x").getStatus()).isEqualTo(401);
        assertThat(sendWelcome(999_999, "admin@demo.vaka", "demo-admin").getStatus()).isEqualTo(404);

        MockHttpServletResponse sent = sendWelcome(home.siteId(), "admin@demo.vaka", "demo-admin");
        assertThat(sent.getStatus()).isEqualTo(202);
        // Read back to the customer on the phone, but not the whole number.
        assertThat(JsonPath.<String>read(sent.getContentAsString(), "$.mobile")).startsWith("+467").doesNotContain(home.mobile().substring(4, 10));
        Notification sms = lastTo(home.mobile());
        assertThat(sms.body()).contains("Välkommen till Vaka", home.number(), "http://localhost:8080/portal/welcome?token=");
        assertThat(lastTo(home.email()).body()).contains(home.number(), tokenIn(sms.body()));

        // A site without a customer's mobile has nobody to send it to.
        jdbc.sql("update customer set mobile = null where customer_number = ?").param(home.number()).update();
        MockHttpServletResponse none = sendWelcome(home.siteId(), "admin@demo.vaka", "demo-admin");
        assertThat(none.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<String>read(none.getContentAsString(), "$.field")).isEqualTo("customer.mobile");
    }

    @Test
    void theCustomerConfirmsDetailsDirectionsWordAndPeopleToCall() throws Exception {
        NewHome home = installed();
        String token = welcomeLink(home);
        String first = page(token);
        // Nothing about the home before the customer confirmed who they are.
        assertThat(first).contains("Confirm your mobile number").doesNotContain("Ekvägen").doesNotContain("Gul villa");

        assertThat(form("confirm", token, "customerNumber", home.number(), "mobile", "+46700000000").getFlashMap().get("error"))
                .isEqualTo("welcome.confirm.wrong");
        // Typed the Swedish way, with a space.
        String typed = "0" + home.mobile().substring(3, 5) + " " + home.mobile().substring(5);
        assertThat(form("confirm", token, "customerNumber", home.number(), "mobile", typed).getFlashMap().get("error")).isNull();
        assertThat(page(token)).contains("Ekvägen 4", "Gul villa", "Directions to your home");

        // Steps ahead cannot be skipped to.
        form("users", token, "name", "A B", "phone", "+46701111111", "name", "C D", "phone", "+46702222222");
        assertThat(contacts.contacts(1, home.siteId()).orElseThrow()).isEmpty();

        assertThat(form("directions", token, "directions", " ").getFlashMap().get("errorField")).isEqualTo("directions");
        form("directions", token, "directions", "Gul villa, röd dörr. Portkod 1234. Parkera på gatan.");
        assertThat(descriptions.details(1, home.siteId()).orElseThrow().directions()).startsWith("Gul villa, röd dörr");

        assertThat(form("word", token, "word", "lingon", "repeated", "lingonsylt").getFlashMap().get("errorField")).isEqualTo("repeated");
        assertThat(form("word", token, "word", "ab", "repeated", "ab").getFlashMap().get("errorField")).isEqualTo("word");
        assertThat(contacts.verificationWordMatches(1, home.siteId(), "ab")).isEmpty();
        form("word", token, "word", "Lingon", "repeated", "lingon");
        assertThat(contacts.verificationWordMatches(1, home.siteId(), "lingon")).contains(true);

        assertThat(form("users", token, "name", "Vera", "phone", "+46703333333").getFlashMap().get("errorField")).isEqualTo("contacts");
        assertThat(form("users", token, "name", "Vera", "phone", "+46703333333", "name", "Olof", "phone", "not a phone")
                .getFlashMap().get("errorField")).isEqualTo("contacts[1].phone");
        assertThat(contacts.contacts(1, home.siteId()).orElseThrow()).isEmpty();
        form("users", token, "name", "Vera", "phone", "+46703333333", "name", "Olof", "phone", "+46704444444",
                "name", "", "phone", "");
        assertThat(contacts.contacts(1, home.siteId()).orElseThrow()).extracting(Contact::name).containsExactly("Vera", "Olof");
        assertThat(page(token)).contains("all set", "/portal/register");

        // Done is done: the link changes nothing more.
        form("users", token, "name", "X", "phone", "+46705555555", "name", "Y", "phone", "+46706666666");
        assertThat(contacts.contacts(1, home.siteId()).orElseThrow()).extracting(Contact::name).containsExactly("Vera", "Olof");
    }

    @Test
    void fiveWrongConfirmationsEndTheLinkAndANewWelcomeReplacesTheOld() throws Exception {
        NewHome home = installed();
        String token = welcomeLink(home);
        for (int i = 1; i < Welcomes.ATTEMPTS; i++) {
            assertThat(form("confirm", token, "customerNumber", "1", "mobile", home.mobile()).getFlashMap().get("error"))
                    .as("try " + i).isEqualTo("welcome.confirm.wrong");
        }
        form("confirm", token, "customerNumber", "1", "mobile", home.mobile());
        form("confirm", token, "customerNumber", home.number(), "mobile", home.mobile());
        assertThat(page(token)).contains("not valid any more").doesNotContain("Ekvägen");

        String second = welcomeLink(home);
        String third = welcomeLink(home);
        assertThat(page(second)).contains("not valid any more");
        assertThat(page(third)).contains("Confirm your mobile number");
        assertThat(page("made-up")).contains("not valid any more");
    }

    @Test
    void theLinkExpiresAfterFourteenDays() throws Exception {
        NewHome home = installed();
        String token = welcomeLink(home);
        clock.advance(Welcomes.VALID.minus(Duration.ofMinutes(1)));
        assertThat(page(token)).contains("Confirm your mobile number");
        clock.advance(Duration.ofMinutes(2));
        assertThat(page(token)).contains("not valid any more");
        form("confirm", token, "customerNumber", home.number(), "mobile", home.mobile());
        assertThat(page(token)).doesNotContain("Ekvägen");
    }

    @Test
    void theAppWalksTheSameStepsThroughTheApi() throws Exception {
        NewHome home = installed();
        String token = welcomeLink(home);
        assertThat(json("directions", "{\"token\":\"" + token + "\",\"directions\":\"x\"}").getStatus()).isEqualTo(409);
        MockHttpServletResponse wrong = json("confirm", "{\"token\":\"" + token + "\",\"customerNumber\":\"" + home.number()
                + "\",\"mobile\":\"+46700000001\"}");
        assertThat(wrong.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<String>read(wrong.getContentAsString(), "$.error")).isEqualTo("WRONG_DETAILS");

        MockHttpServletResponse confirmed = json("confirm", "{\"token\":\"" + token + "\",\"customerNumber\":\"" + home.number()
                + "\",\"mobile\":\"" + home.mobile() + "\"}");
        assertThat(confirmed.getStatus()).as(confirmed.getContentAsString()).isEqualTo(200);
        assertThat(JsonPath.<String>read(confirmed.getContentAsString(), "$.step")).isEqualTo("DIRECTIONS");
        assertThat(JsonPath.<String>read(confirmed.getContentAsString(), "$.home.street")).isEqualTo("Ekvägen 4");

        assertThat(json("directions", "{\"token\":\"" + token + "\",\"directions\":\"Via grinden\"}").getStatus()).isEqualTo(200);
        MockHttpServletResponse badWord = json("verification-word", "{\"token\":\"" + token + "\",\"word\":\"hallon\",\"repeated\":\"x\"}");
        assertThat(badWord.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<String>read(badWord.getContentAsString(), "$.field")).isEqualTo("repeated");
        assertThat(json("verification-word", "{\"token\":\"" + token + "\",\"word\":\"hallon\",\"repeated\":\"hallon\"}").getStatus())
                .isEqualTo(200);
        MockHttpServletResponse done = json("users", "{\"token\":\"" + token + "\",\"contacts\":[{\"name\":\"Vera\",\"phone\":\""
                + home.mobile() + "\"},{\"name\":\"Olof\",\"phone\":\"+46704444444\"}]}");
        assertThat(done.getStatus()).as(done.getContentAsString()).isEqualTo(200);
        assertThat(JsonPath.<String>read(done.getContentAsString(), "$.step")).isEqualTo("DONE");
        assertThat(JsonPath.<Boolean>read(done.getContentAsString(), "$.home.hasLogin")).isFalse();
        assertThat(descriptions.details(1, home.siteId()).orElseThrow().directions()).isEqualTo("Via grinden");
        assertThat(contacts.verificationWordMatches(1, home.siteId(), "Hallon")).contains(true);

        assertThat(json("confirm", "{\"token\":\"nope\",\"customerNumber\":\"1\",\"mobile\":\"1\"}").getStatus()).isEqualTo(410);
        assertThat(json("users", "{}").getStatus()).isEqualTo(410);
        assertThat(mvc.perform(post("/api/v1/auth/welcome/confirm").contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andReturn().getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void theConsoleSitePageSendsItForAdministrators() throws Exception {
        NewHome home = installed();
        MvcResult byOperator = mvc.perform(post("/console/sites/{id}/edit/welcome", home.siteId()).with(csrf())
                .with(httpBasic("operator@demo.vaka", "demo-operator"))).andReturn();
        assertThat(byOperator.getResponse().getStatus()).isEqualTo(403);
        MvcResult byAdmin = mvc.perform(post("/console/sites/{id}/edit/welcome", home.siteId()).with(csrf())
                .param("language", "en").with(httpBasic("admin@demo.vaka", "demo-admin"))).andReturn();
        assertThat(byAdmin.getResponse().getRedirectedUrl()).isEqualTo("/console/sites/" + home.siteId());
        assertThat(byAdmin.getFlashMap().get("welcomeSent")).isNotNull();
        assertThat(lastTo(home.mobile()).body()).startsWith("Welcome to Vaka");
        assertThat(List.of(lastTo(home.email()).body())).allSatisfy(b -> assertThat(b).contains("valid for 14 days"));
    }

    @Test
    void aFinnishCustomerIsWelcomedInFinnish() throws Exception {
        NewHome home = installed("+35840");
        String token = welcomeLink(home);
        assertThat(lastTo(home.mobile()).body()).startsWith("Tervetuloa Vakan asiakkaaksi").contains(home.number());
        assertThat(lastTo(home.email()).body()).contains("Linkki on voimassa 14 päivää");
        String page = mvc.perform(get("/portal/welcome").param("token", token).header("Accept-Language", "fi"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Vahvista matkapuhelinnumerosi", "Asiakasnumero");

        MockHttpServletResponse unknown = mvc.perform(post("/api/v1/sites/{id}/welcome", home.siteId()).param("language", "de")
                .with(httpBasic("admin@demo.vaka", "demo-admin"))).andReturn().getResponse();
        assertThat(unknown.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<String>read(unknown.getContentAsString(), "$.field")).isEqualTo("language");
        assertThat(page(token)).as("a refused send replaces nothing").contains("Confirm your mobile number");
    }

    MockHttpServletResponse json(String step, String body) throws Exception {
        return mvc.perform(post("/api/v1/auth/welcome/" + step).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse();
    }
}
