package org.vaka.server.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;

import org.awaitility.Awaitility;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.vaka.protocol.dc09.Dc09Encoder;
import org.vaka.protocol.dc09.Dc09Outgoing;
import org.vaka.server.TestClock;
import org.vaka.server.identity.CustomerLogins;
import org.vaka.server.identity.CustomerRole;
import org.vaka.server.notify.Notification;
import org.vaka.server.notify.Outbox;
import org.vaka.server.receiver.Dc09Receiver;
import org.vaka.server.sites.PanelAccounts;

import com.jayway.jsonpath.JsonPath;

/**
 * The portal's API and pages as the demo customers, the centre's staff, strangers and apps with tokens see them:
 * every endpoint for every kind of caller (each customer role, both staff roles, strangers, app tokens live and
 * revoked), on the caller's own site, someone else's and one that does not exist.
 * No cell may answer with another customer's data, and someone else's site must look exactly like a missing one.
 */
abstract class PortalScenarios {

    static final String PASSWORD = "demo-customer";
    static final long NO_SUCH_SITE = 987_654_321L;

    @Autowired MockMvc mvc;
    @Autowired PanelAccounts accounts;
    @Autowired CustomerLogins logins;
    @Autowired TestClock clock;
    @Autowired Dc09Receiver receiver;
    @Autowired Outbox outbox;

    long annasSite;
    long bosSite;

    @BeforeEach
    void demoSites() {
        annasSite = accounts.view(1, "1234").orElseThrow().siteId();
        bosSite = accounts.view(1, "5678").orElseThrow().siteId();
    }

    /** Who calls, and how that shows on a request. */
    record Caller(String name, UnaryOperator<MockHttpServletRequestBuilder> auth) {
    }

    /** An endpoint of the portal's API, for a given site. */
    record Endpoint(String name, java.util.function.LongFunction<MockHttpServletRequestBuilder> request, int success,
                    boolean managed) {
        Endpoint(String name, java.util.function.LongFunction<MockHttpServletRequestBuilder> request, int success) {
            this(name, request, success, false);
        }
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    List<Endpoint> siteEndpoints() {
        return List.of(
                new Endpoint("overview", site -> get("/api/v1/portal/sites/{id}", site), 200),
                new Endpoint("history", site -> get("/api/v1/portal/sites/{id}/history", site), 200),
                new Endpoint("arming history", site -> get("/api/v1/portal/sites/{id}/history?kind=arming&limit=5", site), 200),
                new Endpoint("arm", site -> post("/api/v1/portal/sites/{id}/arm", site)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"mode\":\"AWAY\",\"code\":\"123456\"}"), 202),
                new Endpoint("arm, malformed", site -> post("/api/v1/portal/sites/{id}/arm", site)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"mode\":\"SIDEWAYS\"}"), 400),
                new Endpoint("disarm", site -> post("/api/v1/portal/sites/{id}/disarm", site)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"123456\"}"), 202),
                new Endpoint("history page", site -> get("/portal/sites/{id}/history", site), 200),
                // Managing a site is for its owner and administrators; the writes here are all refused as invalid,
                // so that the matrix changes nothing (the valid ones have their own tests).
                new Endpoint("contacts", site -> get("/api/v1/portal/sites/{id}/contacts", site), 200, true),
                new Endpoint("contacts, only one", site -> json(put("/api/v1/portal/sites/{id}/contacts", site),
                        "[{\"name\":\"Ett Kontakt\",\"phone\":\"+46700000001\"}]"), 400, true),
                new Endpoint("contacts, a bad phone", site -> json(put("/api/v1/portal/sites/{id}/contacts", site),
                        "[{\"name\":\"Ett\",\"phone\":\"+46700000001\"},{\"name\":\"Tv\u00e5\",\"phone\":\"ring mig\"}]"), 400, true),
                new Endpoint("verification word, too short", site -> json(put("/api/v1/portal/sites/{id}/verification-word", site),
                        "{\"word\":\"ab\"}"), 400, true),
                new Endpoint("panel users", site -> get("/api/v1/portal/sites/{id}/users", site), 200, true),
                new Endpoint("panel users, short code", site -> json(put("/api/v1/portal/sites/{id}/users", site),
                        "[{\"number\":1,\"name\":\"Ett\",\"code\":\"12\"}]"), 400, true),
                new Endpoint("contacts page", site -> get("/portal/sites/{id}/contacts", site), 200, true),
                new Endpoint("panel users page", site -> get("/portal/sites/{id}/users", site), 200, true));
    }

    Caller basic(String email) {
        return new Caller(email, r -> r.with(httpBasic(email, email.startsWith("operator") ? "demo-operator" : PASSWORD)));
    }

    Caller bearer(String name, String token) {
        return new Caller(name, r -> r.header("Authorization", "Bearer " + token));
    }

    static final Caller ANONYMOUS = new Caller("anonymous", r -> r);

    String appLogin(String email, String password) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
                .header("User-Agent", "VakaApp/1.0 test")
                .content("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return JsonPath.read(response.getContentAsString(), "$.token");
    }

    int appLoginStatus(String email, String password) throws Exception {
        return mvc.perform(post("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")).andReturn().getResponse().getStatus();
    }

    MockHttpServletResponse call(Caller caller, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(caller.auth().apply(request)).andReturn().getResponse();
    }

    @Test
    void thePortalIsAnInstallableApp() throws Exception {
        String manifest = mvc.perform(get("/portal/manifest.webmanifest")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(manifest).contains("\"start_url\": \"/portal\"", "\"display\": \"standalone\"", "/portal/icon.svg");
        mvc.perform(get("/portal/sw.js")).andExpect(status().isOk());
        mvc.perform(get("/portal/icon.svg")).andExpect(status().isOk());
        assertThat(mvc.perform(get("/portal/login")).andReturn().getResponse().getContentAsString())
                .contains("rel=\"manifest\"", "serviceWorker");
        assertThat(mvc.perform(get("/portal").with(httpBasic("anna@demo.vaka", "demo-customer"))).andReturn().getResponse()
                .getContentAsString()).contains("rel=\"manifest\"");
    }

    @Test
    void everyEndpointForEveryCallerOnOwnOthersAndMissingSitesLeaksNothing() throws Exception {
        String annasToken = appLogin("anna@demo.vaka", PASSWORD);
        String revoked = appLogin("anna@demo.vaka", PASSWORD);
        String revokedId = sessionIdOf(revoked);
        assertThat(call(basic("anna@demo.vaka"), delete("/api/v1/auth/sessions/{id}", revokedId)).getStatus()).isEqualTo(204);

        // Anna's household: the other roles a login of her customer can have.
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        logins.create(1, "100001", "erik-" + suffix + "@demo.vaka", PASSWORD, CustomerRole.USER).orElseThrow();
        logins.create(1, "100001", "maja-" + suffix + "@demo.vaka", PASSWORD, CustomerRole.APP_ONLY).orElseThrow();
        logins.create(1, "100001", "admin-" + suffix + "@demo.vaka", PASSWORD, CustomerRole.ADMINISTRATOR).orElseThrow();
        Caller user = basic("erik-" + suffix + "@demo.vaka");
        Caller appOnly = basic("maja-" + suffix + "@demo.vaka");
        Caller administrator = basic("admin-" + suffix + "@demo.vaka");
        Caller staffAdmin = new Caller("admin@demo.vaka", r -> r.with(httpBasic("admin@demo.vaka", "demo-admin")));
        Caller anna = basic("anna@demo.vaka");
        Caller bo = basic("bo@demo.vaka");
        Caller operator = basic("operator@demo.vaka");
        Caller annasApp = bearer("anna's app", annasToken);
        Caller revokedApp = bearer("revoked token", revoked);

        record Cell(Caller caller, long site, int expected, String othersName) {
        }
        List<Cell> cells = List.of(
                new Cell(anna, annasSite, 0, "Bo Berg"), new Cell(anna, bosSite, 404, "Bo Berg"), new Cell(anna, NO_SUCH_SITE, 404, "Bo Berg"),
                new Cell(annasApp, annasSite, 0, "Bo Berg"), new Cell(annasApp, bosSite, 404, "Bo Berg"),
                new Cell(annasApp, NO_SUCH_SITE, 404, "Bo Berg"),
                new Cell(bo, bosSite, 0, "Anna"), new Cell(bo, annasSite, 404, "Anna"), new Cell(bo, NO_SUCH_SITE, 404, "Anna"),
                new Cell(user, annasSite, 0, "Bo Berg"), new Cell(user, bosSite, 404, "Bo Berg"),
                new Cell(administrator, annasSite, 0, "Bo Berg"), new Cell(administrator, bosSite, 404, "Bo Berg"),
                new Cell(appOnly, annasSite, 0, "Bo Berg"), new Cell(appOnly, bosSite, 404, "Bo Berg"),
                new Cell(appOnly, NO_SUCH_SITE, 404, "Bo Berg"),
                new Cell(staffAdmin, annasSite, 403, "Anna"), new Cell(staffAdmin, bosSite, 403, "Bo Berg"),
                new Cell(operator, annasSite, 403, "Anna"), new Cell(operator, bosSite, 403, "Bo Berg"),
                new Cell(operator, NO_SUCH_SITE, 403, "Anna"),
                new Cell(ANONYMOUS, annasSite, 401, "Anna"), new Cell(ANONYMOUS, bosSite, 401, "Bo Berg"),
                new Cell(ANONYMOUS, NO_SUCH_SITE, 401, "Anna"),
                new Cell(revokedApp, annasSite, 401, "Anna"), new Cell(revokedApp, bosSite, 401, "Bo Berg"),
                new Cell(revokedApp, NO_SUCH_SITE, 401, "Anna"));
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : siteEndpoints()) {
            boolean page = endpoint.name().endsWith("page");
            String missingBody = null;
            for (Cell cell : cells) {
                int expected = cell.expected() == 0 ? endpoint.success() : cell.expected();
                if (page && expected == 401 && cell.caller() == ANONYMOUS) {
                    expected = 302; // a browser is sent to the sign-in page instead
                }
                if (page && cell.caller() == appOnly) {
                    expected = 403; // the app, not the web pages
                }
                if (endpoint.managed() && (cell.caller() == user || cell.caller() == appOnly)) {
                    expected = 403; // whichever the site: the refusal comes first and tells nothing about it
                }
                MockHttpServletResponse response = call(cell.caller(), endpoint.request().apply(cell.site()));
                String where = endpoint.name() + " × " + cell.caller().name() + " × site " + cell.site();
                if (response.getStatus() != expected) {
                    wrong.add(where + ": " + response.getStatus() + " instead of " + expected);
                }
                if (response.getContentAsString().contains(cell.othersName())) {
                    wrong.add(where + ": shows " + cell.othersName());
                }
                if (expected == 404 && !page) {
                    String body = response.getContentAsString().replace("/" + cell.site(), "/{id}");
                    if (missingBody == null) {
                        missingBody = body;
                    } else if (!missingBody.equals(body)) {
                        wrong.add(where + ": a 404 that differs from a missing site's: " + body + " vs " + missingBody);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theListOfSitesHoldsOnlyTheCallersOwn() throws Exception {
        String annas = call(basic("anna@demo.vaka"), get("/api/v1/portal/sites")).getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(annas, "$[*].id")).containsExactly((int) annasSite);
        assertThat(annas).contains("Villa Solbacken").doesNotContain("Bo Berg", "Cecilia", "sommarstugan");
        String bos = call(basic("bo@demo.vaka"), get("/api/v1/portal/sites")).getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(bos, "$[*].id")).containsExactly((int) bosSite);
        assertThat(bos).doesNotContain("Anna", "Solbacken");
        assertThat(call(basic("operator@demo.vaka"), get("/api/v1/portal/sites")).getStatus()).isEqualTo(403);
        assertThat(call(ANONYMOUS, get("/api/v1/portal/sites")).getStatus()).isEqualTo(401);

        String page = call(basic("anna@demo.vaka"), get("/portal")).getContentAsString();
        assertThat(page).contains("Villa Solbacken", "Arm away").doesNotContain("Bo Berg");
        assertThat(call(basic("operator@demo.vaka"), get("/portal")).getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/portal")).andReturn().getResponse().getRedirectedUrl()).endsWith("/portal/login");
    }

    @Test
    void aCommandIsReadOnlyByItsOwnCustomer() throws Exception {
        MockHttpServletResponse sent = call(basic("anna@demo.vaka"), post("/api/v1/portal/sites/{id}/arm", annasSite)
                .contentType(MediaType.APPLICATION_JSON).content("{\"mode\":\"HOME\",\"code\":\"123456\"}"));
        assertThat(sent.getStatus()).isEqualTo(202);
        String id = JsonPath.read(sent.getContentAsString(), "$.id");
        assertThat(sent.getContentAsString()).doesNotContain("123456");

        // No panel is connected in this test: the command ends, refused as offline (or timed out), with a reason.
        MockHttpServletResponse outcome = call(basic("anna@demo.vaka"), get("/api/v1/portal/commands/{id}?waitSeconds=15", id));
        assertThat(outcome.getStatus()).isEqualTo(200);
        assertThat(JsonPath.<String>read(outcome.getContentAsString(), "$.status")).isEqualTo("failed");
        assertThat(JsonPath.<String>read(outcome.getContentAsString(), "$.refusal")).isIn("PANEL_OFFLINE", "TIMED_OUT");

        MockHttpServletResponse bos = call(basic("bo@demo.vaka"), get("/api/v1/portal/commands/{id}", id));
        MockHttpServletResponse missing = call(basic("bo@demo.vaka"), get("/api/v1/portal/commands/{id}", UUID.randomUUID()));
        assertThat(bos.getStatus()).isEqualTo(404);
        assertThat(bos.getContentAsString().replace(id, "x")).isEqualTo(missing.getContentAsString().replaceAll(
                "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "x"));
        assertThat(call(basic("operator@demo.vaka"), get("/api/v1/portal/commands/{id}", id)).getStatus()).isEqualTo(403);
        assertThat(call(ANONYMOUS, get("/api/v1/portal/commands/{id}", id)).getStatus()).isEqualTo(401);
        assertThat(call(basic("anna@demo.vaka"), post("/api/v1/portal/sites/{id}/arm", annasSite)
                .contentType(MediaType.APPLICATION_JSON).content("{\"mode\":\"AWAY\",\"code\":\"12\"}")).getStatus()).isEqualTo(400);
    }

    @Test
    void customersNeverPassTheStaffsRulesNorStaffTheCustomers() throws Exception {
        String token = appLogin("anna@demo.vaka", PASSWORD);
        for (Caller customer : List.of(basic("anna@demo.vaka"), bearer("anna's app", token))) {
            assertThat(call(customer, get("/api/v1/sites")).getStatus()).as(customer.name()).isEqualTo(403);
            assertThat(call(customer, get("/api/v1/sites/{id}/state", annasSite)).getStatus()).isEqualTo(403);
            assertThat(call(customer, post("/api/v1/sites/{id}/commands", annasSite).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"type\":\"DISARM\",\"code\":\"123456\"}")).getStatus()).isEqualTo(403);
            assertThat(call(customer, get("/api/v1/signals")).getStatus()).isEqualTo(403);
            assertThat(call(customer, get("/console")).getStatus()).isEqualTo(403);
        }
        assertThat(call(basic("operator@demo.vaka"), get("/api/v1/sites")).getStatus()).isEqualTo(200);
        assertThat(call(basic("operator@demo.vaka"), get("/api/v1/auth/sessions")).getStatus()).isEqualTo(403);
        assertThat(appLoginStatus("operator@demo.vaka", "demo-operator")).isEqualTo(401); // no app tokens for staff
    }

    @Test
    void anAppSignsInListsItsSessionsAndARevokedTokenNoLongerOpensAnything() throws Exception {
        String token = appLogin("anna@demo.vaka", PASSWORD);
        Caller app = bearer("app", token);
        assertThat(call(app, get("/api/v1/portal/sites")).getStatus()).isEqualTo(200);

        String sessions = call(app, get("/api/v1/auth/sessions")).getContentAsString();
        String id = sessionIdOf(token);
        assertThat(JsonPath.<List<Boolean>>read(sessions, "$[?(@.id == '" + id + "')].current")).containsExactly(true);
        assertThat(JsonPath.<List<String>>read(sessions, "$[?(@.id == '" + id + "')].userAgent")).containsExactly("VakaApp/1.0 test");
        assertThat(sessions).doesNotContain(token);

        assertThat(call(basic("bo@demo.vaka"), delete("/api/v1/auth/sessions/{id}", id)).getStatus()).isEqualTo(404);
        assertThat(call(app, get("/api/v1/portal/sites")).getStatus()).isEqualTo(200);
        assertThat(call(basic("anna@demo.vaka"), delete("/api/v1/auth/sessions/{id}", id)).getStatus()).isEqualTo(204);
        assertThat(call(app, get("/api/v1/portal/sites")).getStatus()).isEqualTo(401);
        assertThat(call(app, get("/api/v1/auth/sessions")).getStatus()).isEqualTo(401);
        assertThat(call(bearer("made up", "not-a-token"), get("/api/v1/portal/sites")).getStatus()).isEqualTo(401);
        assertThat(appLoginStatus("anna@demo.vaka", "wrong")).isEqualTo(401);
    }

    @Test
    void aBrowserSignsInAtThePortalWithCsrfAndIsSignedOutWhenItsSessionIsRevoked() throws Exception {
        assertThat(mvc.perform(post("/portal/login").param("username", "anna@demo.vaka").param("password", PASSWORD))
                .andReturn().getResponse().getStatus()).isEqualTo(403); // no CSRF token
        MockHttpSession browser = (MockHttpSession) mvc.perform(post("/portal/login").with(csrf())
                        .param("username", "anna@demo.vaka").param("password", PASSWORD))
                .andExpect(redirectedUrl("/portal")).andReturn().getRequest().getSession();
        mvc.perform(get("/portal").session(browser)).andExpect(status().isOk());
        mvc.perform(post("/portal/sites/{id}/disarm", annasSite).session(browser).param("code", "123456"))
                .andExpect(status().isForbidden()); // a form without its CSRF token

        String sessions = call(basic("anna@demo.vaka"), get("/api/v1/auth/sessions")).getContentAsString();
        List<String> web = JsonPath.read(sessions, "$[?(@.kind == 'WEB' && @.active == true)].id");
        assertThat(web).isNotEmpty();
        web.forEach(id -> {
            try {
                call(basic("anna@demo.vaka"), delete("/api/v1/auth/sessions/{id}", id));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(mvc.perform(get("/portal").session(browser)).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/portal/login");

        mvc.perform(post("/portal/login").with(csrf()).param("username", "anna@demo.vaka").param("password", "wrong"))
                .andExpect(redirectedUrl("/portal/login?error"));
        // At the staff's sign-in page a customer is sent on to the portal; staff still land in the console.
        mvc.perform(post("/login").with(csrf()).param("username", "anna@demo.vaka").param("password", PASSWORD))
                .andExpect(redirectedUrl("/portal"));
        mvc.perform(post("/login").with(csrf()).param("username", "operator@demo.vaka").param("password", "demo-operator"))
                .andExpect(redirectedUrl("/console"));
    }

    @Test
    void thePagesSpeakSwedishToASwedishBrowserAndWelcomeInFinnish() throws Exception {
        String page = mvc.perform(get("/portal").with(httpBasic("anna@demo.vaka", PASSWORD)).header("Accept-Language", "sv-SE"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Mina larmsystem", "Fullarm", "Skalskydd", "Fr\u00e5nkoppla".translateEscapes());
        String login = mvc.perform(get("/portal/login").header("Accept-Language", "sv-SE")).andReturn().getResponse()
                .getContentAsString();
        assertThat(login).contains("V\u00e4lkommen".translateEscapes(), "Tervetuloa");
    }

    @Test
    void fiveFailuresLockAnAddressKnownOrNotUntilTheLockHasPassedAndASuccessStartsTheCountAgain() throws Exception {
        String email = "lockout-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
        logins.create(1, "100042", email, "right-password", CustomerRole.USER).orElseThrow();
        String stranger = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";

        for (int i = 0; i < 4; i++) {
            assertThat(appLoginStatus(email, "wrong")).isEqualTo(401);
        }
        assertThat(appLoginStatus(email, "right-password")).isEqualTo(200); // a success forgets the failures
        for (int i = 0; i < 4; i++) {
            assertThat(appLoginStatus(email, "wrong")).isEqualTo(401);
        }
        assertThat(appLoginStatus(email, "right-password")).isEqualTo(200);

        for (int i = 0; i < 5; i++) {
            assertThat(appLoginStatus(email, "wrong")).isEqualTo(401);
            assertThat(appLoginStatus(stranger, "wrong")).isEqualTo(401);
        }
        MockHttpServletResponse locked = mvc.perform(post("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + email + "\",\"password\":\"right-password\"}")).andReturn().getResponse();
        MockHttpServletResponse strangerLocked = mvc.perform(post("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + stranger + "\",\"password\":\"anything\"}")).andReturn().getResponse();
        assertThat(locked.getStatus()).isEqualTo(429);
        assertThat(strangerLocked.getStatus()).isEqualTo(429);
        assertThat(locked.getContentAsString()).isEqualTo(strangerLocked.getContentAsString()).contains("Too many failed");
        assertThat(mvc.perform(get("/api/v1/portal/sites").with(httpBasic(email, "right-password")))
                .andReturn().getResponse().getStatus()).isEqualTo(429);
        assertThat(mvc.perform(post("/portal/login").with(csrf()).param("username", email).param("password", "right-password"))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/portal/login?locked");

        clock.advance(Duration.ofMinutes(14));
        assertThat(appLoginStatus(email, "right-password")).isEqualTo(429);
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(appLoginStatus(email, "right-password")).isEqualTo(200);

        // Failures spread wider than the window never add up to a lock.
        for (int i = 0; i < 4; i++) {
            assertThat(appLoginStatus(email, "wrong")).isEqualTo(401);
        }
        clock.advance(Duration.ofMinutes(16));
        assertThat(appLoginStatus(email, "wrong")).isEqualTo(401);
        assertThat(appLoginStatus(email, "right-password")).isEqualTo(200);
    }

    @Test
    void theHistoryListsArmingWithWhoAndAlarmsNewestFirstAndOnlyForTheSitesOwnCustomer() throws Exception {
        panelSays("1234", "CL0001");
        panelSays("1234", "BA03");
        panelSays("1234", "OP0002");
        Caller anna = basic("anna@demo.vaka");
        String all = Awaitility.await().atMost(Duration.ofSeconds(10)).until(
                () -> call(anna, get("/api/v1/portal/sites/{id}/history", annasSite)).getContentAsString(),
                body -> JsonPath.<List<String>>read(body, "$[*].event").size() >= 3);
        assertThat(JsonPath.<List<String>>read(all, "$[*].event")).containsExactly("DISARMED", "BURGLARY", "ARMED_AWAY");
        assertThat(JsonPath.<List<String>>read(all, "$[*].user")).containsExactly("Erik Andersson", null, "Anna Andersson");
        assertThat(JsonPath.<String>read(all, "$[1].zone")).isEqualTo("03");

        String arming = call(anna, get("/api/v1/portal/sites/{id}/history?kind=arming", annasSite)).getContentAsString();
        assertThat(JsonPath.<List<String>>read(arming, "$[*].event")).containsExactly("DISARMED", "ARMED_AWAY");
        String alarms = call(anna, get("/api/v1/portal/sites/{id}/history?kind=alarms", annasSite)).getContentAsString();
        assertThat(JsonPath.<List<String>>read(alarms, "$[*].event")).containsExactly("BURGLARY");
        String newest = call(anna, get("/api/v1/portal/sites/{id}/history?limit=1", annasSite)).getContentAsString();
        assertThat(JsonPath.<List<String>>read(newest, "$[*].event")).containsExactly("DISARMED");
        assertThat(call(anna, get("/api/v1/portal/sites/{id}/history?kind=everything", annasSite)).getStatus()).isEqualTo(400);

        String bos = call(basic("bo@demo.vaka"), get("/api/v1/portal/sites/{id}/history", bosSite)).getContentAsString();
        assertThat(bos).doesNotContain("Anna", "Erik", "BURGLARY");
        String page = call(anna, get("/portal/sites/{id}/history", annasSite)).getContentAsString();
        assertThat(page).contains("Armed away", "Disarmed", "Burglary alarm", "Anna Andersson", "Erik Andersson");
    }

    @Test
    void anOwnerKeepsTheCallListInOrderAndTheWordWriteOnlyWithFieldsNamedWhenInvalid() throws Exception {
        Caller anna = basic("anna@demo.vaka");
        String replaced = call(anna, json(put("/api/v1/portal/sites/{id}/contacts", annasSite), """
                [{"name":"Anna Andersson","phone":"+46701234567"},{"name":"Erik Andersson","phone":"+46702345678"},
                 {"name":"Maja Andersson","phone":"+46709876543"}]""")).getContentAsString();
        assertThat(JsonPath.<List<String>>read(replaced, "$[*].name")).containsExactly("Anna Andersson", "Erik Andersson", "Maja Andersson");
        String read = call(anna, get("/api/v1/portal/sites/{id}/contacts", annasSite)).getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(read, "$[*].position")).containsExactly(1, 2, 3);

        MockHttpServletResponse tooMany = call(anna, json(put("/api/v1/portal/sites/{id}/contacts", annasSite),
                "[" + String.join(",", java.util.Collections.nCopies(5, "{\"name\":\"X\",\"phone\":\"+46700000000\"}")) + "]"));
        assertThat(tooMany.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<String>read(tooMany.getContentAsString(), "$.field")).isEqualTo("contacts");
        MockHttpServletResponse noName = call(anna, json(put("/api/v1/portal/sites/{id}/contacts", annasSite),
                "[{\"name\":\"Anna\",\"phone\":\"+46701234567\"},{\"name\":\" \",\"phone\":\"+46702345678\"}]"));
        assertThat(JsonPath.<String>read(noName.getContentAsString(), "$.field")).isEqualTo("contacts[1].name");
        assertThat(call(anna, get("/api/v1/portal/sites/{id}/contacts", annasSite)).getContentAsString()).contains("Maja Andersson");

        assertThat(call(anna, json(put("/api/v1/portal/sites/{id}/verification-word", annasSite), "{\"word\":\"bl\u00e5b\u00e4r\"}"))
                .getStatus()).isEqualTo(204);
        MockHttpServletResponse shortWord = call(anna, json(put("/api/v1/portal/sites/{id}/verification-word", annasSite), "{\"word\":\"x\"}"));
        assertThat(JsonPath.<String>read(shortWord.getContentAsString(), "$.field")).isEqualTo("word");
        assertThat(call(anna, get("/api/v1/portal/sites/{id}/contacts", annasSite)).getContentAsString()).doesNotContain("bl\u00e5b\u00e4r");
    }

    @Test
    void panelCodesAreWriteOnlyAndNeverComeBackInAnyAnswer() throws Exception {
        Caller anna = basic("anna@demo.vaka");
        MockHttpServletResponse saved = call(anna, json(put("/api/v1/portal/sites/{id}/users", annasSite), """
                [{"number":1,"name":"Anna Andersson","phone":"+46701234567"},
                 {"number":2,"name":"Erik Andersson","phone":"+46702345678","duressCode":"445566"},
                 {"number":3,"name":"Maja Andersson"},
                 {"number":4,"name":"St\u00e4dfirman","code":"112233"}]"""));
        assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(200);
        assertThat(JsonPath.<List<Boolean>>read(saved.getContentAsString(), "$[*].hasCode")).containsExactly(true, true, true, true);
        assertThat(JsonPath.<List<Boolean>>read(saved.getContentAsString(), "$[*].hasDuressCode")).containsExactly(true, true, false, false);
        String read = call(anna, get("/api/v1/portal/sites/{id}/users", annasSite)).getContentAsString();
        MockHttpServletResponse sameAsCode = call(anna, json(put("/api/v1/portal/sites/{id}/users", annasSite),
                "[{\"number\":1,\"name\":\"Anna\",\"code\":\"778899\",\"duressCode\":\"778899\"}]"));
        MockHttpServletResponse fiveDigits = call(anna, json(put("/api/v1/portal/sites/{id}/users", annasSite),
                "[{\"number\":1,\"name\":\"Anna\",\"code\":\"77889\"}]"));
        assertThat(sameAsCode.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<String>read(sameAsCode.getContentAsString(), "$.field")).isEqualTo("users[0].duressCode");
        assertThat(JsonPath.<String>read(fiveDigits.getContentAsString(), "$.field")).isEqualTo("users[0].code");
        String page = call(anna, get("/portal/sites/{id}/users", annasSite)).getContentAsString();
        for (String answer : List.of(saved.getContentAsString(), read, sameAsCode.getContentAsString(),
                fiveDigits.getContentAsString(), page)) {
            assertThat(answer).doesNotContain("445566", "112233", "778899", "77889", "999999"); // demo 123456 is inside a phone number
        }
        assertThat(JsonPath.<List<String>>read(read, "$[*].name")).hasSize(4); // nothing stored by the refused ones
    }

    @Test
    void anOwnerInvitesByTextMessageAndTheInviteeSignsUpOnceSeesTheSiteAndManagesNothing() throws Exception {
        Caller anna = basic("anna@demo.vaka");
        String phone = "+4670" + (1_000_000 + RandomGenerator.getDefault().nextInt(8_999_999));
        MockHttpServletResponse invited = call(anna, json(post("/api/v1/portal/logins"),
                "{\"name\":\"Karin Andersson\",\"phone\":\"" + phone + "\",\"role\":\"USER\"}"));
        assertThat(invited.getStatus()).as(invited.getContentAsString()).isEqualTo(201);
        assertThat(JsonPath.<String>read(invited.getContentAsString(), "$.role")).isEqualTo("USER");

        Notification sms = outbox.recent(1, 200).stream()
                .filter(n -> phone.equals(n.recipient()) && "INVITATION".equals(n.reason())).findFirst().orElseThrow();
        assertThat(sms.channel()).isEqualTo(Notification.SMS);
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/portal/invite\\?token=([A-Za-z0-9_-]+)").matcher(sms.body());
        assertThat(link.find()).as(sms.body()).isTrue();
        String token = link.group(1);
        assertThat(invited.getContentAsString()).doesNotContain(token);
        assertThat(call(anna, get("/api/v1/portal/logins")).getContentAsString()).contains("Karin Andersson").doesNotContain(token);
        assertThat(call(anna, get("/api/v1/portal/notifications?limit=200")).getContentAsString()).doesNotContain(token);

        assertThat(mvc.perform(get("/portal/invite").param("token", token)).andReturn().getResponse().getContentAsString())
                .contains("Karin Andersson");
        assertThat(mvc.perform(post("/portal/invite").param("token", token).param("email", "x@example.se")
                .param("password", "long-enough-pw")).andReturn().getResponse().getStatus()).isEqualTo(403); // no CSRF token
        assertThat(mvc.perform(post("/portal/invite").with(csrf()).param("token", token).param("email", "karin@example")
                .param("password", "long-enough-pw")).andReturn().getResponse().getContentAsString()).contains("karin@example");
        String email = "karin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
        mvc.perform(post("/portal/invite").with(csrf()).param("token", token).param("email", email)
                .param("password", "long-enough-pw")).andExpect(redirectedUrl("/portal/login?invited"));
        // Once only.
        assertThat(mvc.perform(post("/portal/invite").with(csrf()).param("token", token).param("email", "other-" + email)
                .param("password", "long-enough-pw")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/portal/invite").param("token", token)).andReturn().getResponse().getStatus()).isEqualTo(404);

        Caller karin = new Caller(email, r -> r.with(httpBasic(email, "long-enough-pw")));
        assertThat(JsonPath.<List<Integer>>read(call(karin, get("/api/v1/portal/sites")).getContentAsString(), "$[*].id"))
                .containsExactly((int) annasSite);
        assertThat(call(karin, get("/api/v1/portal/logins")).getStatus()).isEqualTo(403);
        assertThat(call(karin, json(post("/api/v1/portal/logins"), "{\"name\":\"X\",\"phone\":\"+46700000000\",\"role\":\"USER\"}"))
                .getStatus()).isEqualTo(403);
        assertThat(call(karin, get("/api/v1/portal/sites/{id}/contacts", annasSite)).getStatus()).isEqualTo(403);
        long karinsId = logins.findByEmail(email).orElseThrow().loginId();
        assertThat(call(karin, delete("/api/v1/portal/logins/{id}", karinsId)).getStatus()).isEqualTo(403);

        // Anna sees her, Bo does not, and only Anna can remove her.
        assertThat(call(anna, get("/api/v1/portal/logins")).getContentAsString()).contains(email);
        assertThat(call(basic("bo@demo.vaka"), get("/api/v1/portal/logins")).getContentAsString()).doesNotContain(email, "anna@demo.vaka");
        MockHttpServletResponse bosTry = call(basic("bo@demo.vaka"), delete("/api/v1/portal/logins/{id}", karinsId));
        MockHttpServletResponse missing = call(basic("bo@demo.vaka"), delete("/api/v1/portal/logins/{id}", NO_SUCH_SITE));
        assertThat(bosTry.getStatus()).isEqualTo(404);
        assertThat(bosTry.getContentAsString().replace("/" + karinsId, "/x"))
                .isEqualTo(missing.getContentAsString().replace("/" + NO_SUCH_SITE, "/x"));
        assertThat(call(anna, delete("/api/v1/portal/logins/{id}", karinsId)).getStatus()).isEqualTo(204);
        assertThat(call(karin, get("/api/v1/portal/sites")).getStatus()).isEqualTo(401);
    }

    @Test
    void anInvitationIsForOwnersAndAdministratorsValidatedAndLapsesAfterSevenDays() throws Exception {
        Caller anna = basic("anna@demo.vaka");
        for (String[] bad : List.of(new String[] {"", "+46701111111", "USER", "name"},
                new String[] {"Karl", "ring mig", "USER", "phone"},
                new String[] {"Karl", "+46701111111", "OWNER", "role"},
                new String[] {"Karl", "+46701111111", "KING", "role"})) {
            MockHttpServletResponse refused = call(anna, json(post("/api/v1/portal/logins"),
                    "{\"name\":\"" + bad[0] + "\",\"phone\":\"" + bad[1] + "\",\"role\":\"" + bad[2] + "\"}"));
            assertThat(refused.getStatus()).isEqualTo(400);
            assertThat(JsonPath.<String>read(refused.getContentAsString(), "$.field")).isEqualTo(bad[3]);
        }
        long annasId = logins.findByEmail("anna@demo.vaka").orElseThrow().loginId();
        MockHttpServletResponse self = call(anna, delete("/api/v1/portal/logins/{id}", annasId));
        assertThat(self.getStatus()).isEqualTo(400); // an owner cannot remove themselves

        String suffix = UUID.randomUUID().toString().substring(0, 8);
        logins.create(1, "100001", "adm-" + suffix + "@demo.vaka", PASSWORD, CustomerRole.ADMINISTRATOR).orElseThrow();
        Caller administrator = basic("adm-" + suffix + "@demo.vaka");
        String phone = "+4673" + (1_000_000 + RandomGenerator.getDefault().nextInt(8_999_999));
        assertThat(call(administrator, json(post("/api/v1/portal/logins"),
                "{\"name\":\"Olle\",\"phone\":\"" + phone + "\",\"role\":\"APP_ONLY\"}")).getStatus()).isEqualTo(201);
        assertThat(call(administrator, delete("/api/v1/portal/logins/{id}", annasId)).getStatus()).isEqualTo(403);
        for (Caller stranger : List.of(basic("operator@demo.vaka"), ANONYMOUS)) {
            assertThat(call(stranger, get("/api/v1/portal/logins")).getStatus()).isIn(401, 403);
            assertThat(call(stranger, json(post("/api/v1/portal/logins"), "{}")).getStatus()).isIn(401, 403);
        }

        String body = outbox.recent(1, 200).stream().filter(n -> phone.equals(n.recipient())).findFirst().orElseThrow().body();
        String token = body.substring(body.indexOf("token=") + 6).strip();
        assertThat(mvc.perform(get("/portal/invite").param("token", token)).andReturn().getResponse().getStatus()).isEqualTo(200);
        clock.advance(Duration.ofDays(7).plusSeconds(1));
        assertThat(mvc.perform(get("/portal/invite").param("token", token)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/portal/invite").with(csrf()).param("token", token).param("email", "late-" + suffix + "@example.se")
                .param("password", "long-enough-pw")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theNotificationsFeedHoldsOnlyTheCallersSitesMessagesAndAlarmsNewestFirst() throws Exception {
        outbox.sms(1, annasSite, "+46701234567", "Str\u00f6mmen \u00e4r borta p\u00e5 Villa Solbacken.", "MAINS_LOST");
        outbox.sms(1, annasSite, "+46702345678", "Str\u00f6mmen \u00e4r borta p\u00e5 Villa Solbacken.", "MAINS_LOST");
        clock.advance(Duration.ofSeconds(5));
        outbox.sms(1, bosSite, "+46703456789", "Bos eget meddelande", "MAINS_LOST");
        panelSays("1234", "FA04");
        Caller anna = basic("anna@demo.vaka");
        String feed = Awaitility.await().atMost(Duration.ofSeconds(10)).until(
                () -> call(anna, get("/api/v1/portal/notifications?limit=100")).getContentAsString(),
                body -> body.contains("\"source\":\"ALARM\""));
        assertThat(feed).contains("Villa Solbacken").doesNotContain("Bos eget", "Bo Berg");
        assertThat(JsonPath.<List<Integer>>read(feed, "$[*].siteId")).containsOnly((int) annasSite);
        assertThat(JsonPath.<List<String>>read(feed, "$[?(@.reason == 'MAINS_LOST')].text")).hasSize(1);
        List<java.time.Instant> at = JsonPath.<List<String>>read(feed, "$[*].at").stream().map(java.time.Instant::parse).toList();
        assertThat(at).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(call(basic("bo@demo.vaka"), get("/api/v1/portal/notifications")).getContentAsString())
                .contains("Bos eget").doesNotContain("Solbacken");
        assertThat(call(basic("operator@demo.vaka"), get("/api/v1/portal/notifications")).getStatus()).isEqualTo(403);
        assertThat(call(ANONYMOUS, get("/api/v1/portal/notifications")).getStatus()).isEqualTo(401);
        assertThat(call(anna, get("/portal/notifications")).getContentAsString()).contains("Villa Solbacken");
    }

    @Test
    void theLoginsAndTheFeedAnswerEachKindOfCallerAsItsRightsSay() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long erik = logins.create(1, "100001", "erik-" + suffix + "@demo.vaka", PASSWORD, CustomerRole.USER).orElseThrow();
        logins.create(1, "100001", "maja-" + suffix + "@demo.vaka", PASSWORD, CustomerRole.APP_ONLY).orElseThrow();
        logins.create(1, "100001", "admin-" + suffix + "@demo.vaka", PASSWORD, CustomerRole.ADMINISTRATOR).orElseThrow();
        long bosOwn = logins.findByEmail("bo@demo.vaka").orElseThrow().loginId();
        record Row(Caller caller, int list, int invite, int removeOthers, int feed) {
        }
        String invalidInvite = "{\"name\":\"\",\"phone\":\"+46700000000\",\"role\":\"USER\"}";
        List<String> wrong = new ArrayList<>();
        for (Row row : List.of(
                new Row(basic("anna@demo.vaka"), 200, 400, 404, 200),
                new Row(basic("admin-" + suffix + "@demo.vaka"), 200, 400, 404, 200),
                new Row(basic("erik-" + suffix + "@demo.vaka"), 403, 403, 403, 200),
                new Row(basic("maja-" + suffix + "@demo.vaka"), 403, 403, 403, 200),
                new Row(basic("operator@demo.vaka"), 403, 403, 403, 403),
                new Row(new Caller("admin@demo.vaka", r -> r.with(httpBasic("admin@demo.vaka", "demo-admin"))), 403, 403, 403, 403),
                new Row(ANONYMOUS, 401, 401, 401, 401))) {
            int[] got = {
                    call(row.caller(), get("/api/v1/portal/logins")).getStatus(),
                    call(row.caller(), json(post("/api/v1/portal/logins"), invalidInvite)).getStatus(),
                    call(row.caller(), delete("/api/v1/portal/logins/{id}", bosOwn)).getStatus(),
                    call(row.caller(), get("/api/v1/portal/notifications")).getStatus()};
            int[] expected = {row.list(), row.invite(), row.removeOthers(), row.feed()};
            if (!java.util.Arrays.equals(got, expected)) {
                wrong.add(row.caller().name() + ": " + java.util.Arrays.toString(got) + " instead of " + java.util.Arrays.toString(expected));
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(logins.find(bosOwn)).isPresent();
        String annas = call(basic("anna@demo.vaka"), get("/api/v1/portal/logins")).getContentAsString();
        assertThat(annas).contains("anna@demo.vaka", "erik-" + suffix).doesNotContain("bo@demo.vaka", "passwordHash", "$2a$");
        assertThat(call(basic("erik-" + suffix + "@demo.vaka"), delete("/api/v1/portal/logins/{id}", erik)).getStatus()).isEqualTo(403);
    }

    /**
     * Two-step verification and passkeys: every endpoint for every kind of caller. The calls are the harmless ones
     * (reading, or refused as invalid or out of turn), so the matrix changes nothing that matters; starting a setup
     * only leaves a secret that is never confirmed. Their own scenarios (TwoStepScenarios, PasskeyScenarios) do the rest.
     */
    @Test
    void theTwoStepAndPasskeyEndpointsAnswerEachKindOfCallerAsTheirRightsSay() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        logins.create(1, "100001", "erik-" + suffix + "@demo.vaka", PASSWORD, CustomerRole.USER).orElseThrow();
        logins.create(1, "100001", "maja-" + suffix + "@demo.vaka", PASSWORD, CustomerRole.APP_ONLY).orElseThrow();
        logins.create(1, "100001", "admin-" + suffix + "@demo.vaka", PASSWORD, CustomerRole.ADMINISTRATOR).orElseThrow();
        String bosToken = appLogin("bo@demo.vaka", PASSWORD);
        record Call(String name, java.util.function.Supplier<MockHttpServletRequestBuilder> request, int customer,
                    boolean open, boolean page) {
        }
        List<Call> calls = List.of(
                new Call("status", () -> get("/api/v1/auth/two-step"), 200, false, false),
                new Call("confirm, nothing started", () -> json(post("/api/v1/auth/two-step/confirm"), "{\"code\":\"123456\"}"), 409, false, false),
                new Call("turn off, not on", () -> json(delete("/api/v1/auth/two-step"), "{\"password\":\"x\",\"code\":\"123456\"}"), 409, false, false),
                new Call("new recovery codes, not on", () -> json(post("/api/v1/auth/two-step/recovery-codes"), "{\"password\":\"x\",\"code\":\"123456\"}"), 409, false, false),
                new Call("start", () -> post("/api/v1/auth/two-step"), 200, false, false),
                new Call("passkeys", () -> get("/api/v1/auth/passkeys"), 200, false, false),
                new Call("passkey options", () -> post("/api/v1/auth/passkeys/registration-options"), 200, false, false),
                new Call("passkey, no name", () -> json(post("/api/v1/auth/passkeys"), "{\"name\":\"\"}"), 400, false, false),
                new Call("remove a passkey there is not", () -> delete("/api/v1/auth/passkeys/{id}", NO_SUCH_SITE), 404, false, false),
                new Call("passkey sign-in options", () -> post("/api/v1/auth/passkeys/sign-in/options"), 200, true, false),
                new Call("passkey sign-in, no passkey", () -> json(post("/api/v1/auth/passkeys/sign-in"), "{}"), 400, true, false),
                new Call("security page", () -> get("/portal/security"), 200, false, true));
        Caller appOnly = basic("maja-" + suffix + "@demo.vaka");
        Caller staffAdmin = new Caller("admin@demo.vaka", r -> r.with(httpBasic("admin@demo.vaka", "demo-admin")));
        List<Caller> customers = List.of(basic("anna@demo.vaka"), basic("admin-" + suffix + "@demo.vaka"),
                basic("erik-" + suffix + "@demo.vaka"), appOnly, bearer("bo's app", bosToken));
        List<String> wrong = new ArrayList<>();
        for (Call c : calls) {
            for (Caller caller : List.of(customers.get(0), customers.get(1), customers.get(2), customers.get(3),
                    customers.get(4), basic("operator@demo.vaka"), staffAdmin, ANONYMOUS)) {
                boolean customer = customers.contains(caller);
                int expected = c.open() ? c.customer() : customer ? c.customer() : caller == ANONYMOUS ? 401 : 403;
                if (c.page() && caller == ANONYMOUS) {
                    expected = 302; // a browser is sent to the sign-in page
                }
                if (c.page() && (caller == appOnly || caller.name().equals("bo's app"))) {
                    expected = caller == appOnly ? 403 : 200; // the app-only login has the API, not the pages
                }
                int got = call(caller, c.request().get()).getStatus();
                if (got != expected) {
                    wrong.add(c.name() + " × " + caller.name() + ": " + got + " instead of " + expected);
                }
            }
        }
        assertThat(wrong).isEmpty();
        // Nobody was left needing a code: a setup that was started but not confirmed changes no sign-in.
        assertThat(appLoginStatus("anna@demo.vaka", PASSWORD)).isEqualTo(200);
    }

    /**
     * Changing the e-mail address or mobile number, activating a new alarm system and issuing its code, for every
     * kind of caller. Every request is one that is refused (a malformed address, no code pending, a wrong code, a
     * site that has a customer), so the matrix changes nothing; the successful ones have their own scenarios.
     */
    @Test
    void theContactChangeAndActivationEndpointsAnswerEachKindOfCallerAsItsRightsSay() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        logins.create(1, "100001", "erik-" + suffix + "@demo.vaka", PASSWORD, CustomerRole.USER).orElseThrow();
        logins.create(1, "100001", "maja-" + suffix + "@demo.vaka", PASSWORD, CustomerRole.APP_ONLY).orElseThrow();
        logins.create(1, "100001", "admin-" + suffix + "@demo.vaka", PASSWORD, CustomerRole.ADMINISTRATOR).orElseThrow();
        String revoked = appLogin("bo@demo.vaka", PASSWORD);
        assertThat(call(basic("bo@demo.vaka"), delete("/api/v1/auth/sessions/{id}", sessionIdOf(revoked))).getStatus())
                .isEqualTo(204);
        record Row(Caller caller, int email, int mobile, int mobileCode, int emailLink, int activate, int issue) {
        }
        List<Row> rows = List.of(
                new Row(basic("anna@demo.vaka"), 400, 400, 410, 410, 404, 403),
                new Row(basic("admin-" + suffix + "@demo.vaka"), 400, 403, 403, 410, 404, 403),
                new Row(basic("erik-" + suffix + "@demo.vaka"), 400, 403, 403, 410, 403, 403),
                new Row(basic("maja-" + suffix + "@demo.vaka"), 400, 403, 403, 410, 403, 403),
                new Row(basic("bo@demo.vaka"), 400, 400, 410, 410, 404, 403),
                new Row(bearer("anna's app", appLogin("anna@demo.vaka", PASSWORD)), 400, 400, 410, 410, 404, 403),
                new Row(bearer("revoked token", revoked), 401, 401, 401, 401, 401, 401),
                new Row(new Caller("admin@demo.vaka", r -> r.with(httpBasic("admin@demo.vaka", "demo-admin"))), 403, 403, 403, 410, 403, 409),
                new Row(basic("operator@demo.vaka"), 403, 403, 403, 410, 403, 403),
                // The staff's side refuses a credential-less POST for its missing CSRF token before it asks who calls.
                new Row(ANONYMOUS, 401, 401, 401, 410, 401, 403));
        List<String> wrong = new ArrayList<>();
        String noSuchCode = null;
        for (Row row : rows) {
            MockHttpServletResponse activate = call(row.caller(), json(post("/api/v1/portal/systems/activate"),
                    "{\"code\":\"WRONG-CODE9\"}"));
            MockHttpServletResponse[] got = {
                    call(row.caller(), json(post("/api/v1/portal/account/email"), "{\"email\":\"not-an-address\",\"password\":\"x\"}")),
                    call(row.caller(), json(post("/api/v1/portal/account/mobile"), "{\"mobile\":\"ring mig\",\"password\":\"x\"}")),
                    call(row.caller(), json(post("/api/v1/portal/account/mobile/confirm"), "{\"code\":\"000000\"}")),
                    call(row.caller(), json(post("/api/v1/auth/email-change/confirm"), "{\"token\":\"no-such-link\"}")),
                    activate,
                    call(row.caller(), post("/api/v1/sites/{id}/activation-code", bosSite))};
            int[] statuses = java.util.Arrays.stream(got).mapToInt(MockHttpServletResponse::getStatus).toArray();
            int[] expected = {row.email(), row.mobile(), row.mobileCode(), row.emailLink(), row.activate(), row.issue()};
            if (!java.util.Arrays.equals(statuses, expected)) {
                wrong.add(row.caller().name() + ": " + java.util.Arrays.toString(statuses) + " instead of "
                        + java.util.Arrays.toString(expected));
            }
            for (MockHttpServletResponse response : got) {
                String body = response.getContentAsString();
                if (body.contains("Sommarstugan") || body.contains("Solbacken") || body.contains("$2a$")
                        || (row.caller().name().startsWith("bo") && body.contains("Anna"))) {
                    wrong.add(row.caller().name() + ": tells " + body);
                }
            }
            if (activate.getStatus() == 404) {
                if (noSuchCode == null) {
                    noSuchCode = activate.getContentAsString();
                } else if (!noSuchCode.equals(activate.getContentAsString())) {
                    wrong.add(row.caller().name() + ": a wrong code answered differently: " + activate.getContentAsString());
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(noSuchCode).contains("No alarm system has that activation code.");
        assertThat(logins.findByEmail("anna@demo.vaka")).isPresent();
    }

    @Test
    void theManagementFormsCarryCsrfSaveAndNameTheFieldTheyRefuse() throws Exception {
        MockHttpSession browser = (MockHttpSession) mvc.perform(post("/portal/login").with(csrf())
                        .param("username", "anna@demo.vaka").param("password", PASSWORD))
                .andExpect(redirectedUrl("/portal")).andReturn().getRequest().getSession();
        String contactsPage = "/portal/sites/" + annasSite + "/contacts";
        mvc.perform(post(contactsPage).session(browser).param("name", "Anna Andersson", "Erik Andersson")
                .param("phone", "+46701234567", "+46702345678")).andExpect(status().isForbidden()); // no CSRF token
        mvc.perform(post(contactsPage).session(browser).with(csrf())
                        .param("name", "Anna Andersson", "Erik Andersson", "", "")
                        .param("phone", "+46701234567", "+46702345678", "", ""))
                .andExpect(redirectedUrl(contactsPage));
        MockHttpServletResponse refused = mvc.perform(post(contactsPage).session(browser).with(csrf())
                .param("name", "Anna Andersson", "", "", "").param("phone", "+46701234567", "", "", "")).andReturn().getResponse();
        assertThat(refused.getRedirectedUrl()).isEqualTo(contactsPage);
        String shown = mvc.perform(get(contactsPage).session(browser).flashAttrs(
                java.util.Map.of("errorField", "contacts", "error", "give 2 to 4 contacts in call order")))
                .andReturn().getResponse().getContentAsString();
        assertThat(shown).contains("Anna Andersson", "Erik Andersson", "give 2 to 4");
        assertThat(call(basic("anna@demo.vaka"), get("/api/v1/portal/sites/{id}/contacts", annasSite)).getContentAsString())
                .contains("Erik Andersson");

        mvc.perform(post("/portal/sites/{id}/contacts", bosSite).session(browser).with(csrf())
                .param("name", "A", "B").param("phone", "+46701111111", "+46702222222")).andExpect(status().isNotFound());
        String phone = "+4676" + (1_000_000 + RandomGenerator.getDefault().nextInt(8_999_999));
        mvc.perform(post("/portal/logins").session(browser).with(csrf()).param("name", "Lisa").param("phone", phone)
                .param("role", "APP_ONLY")).andExpect(redirectedUrl("/portal/logins"));
        assertThat(mvc.perform(get("/portal/logins").session(browser)).andReturn().getResponse().getContentAsString())
                .contains("Lisa", "anna@demo.vaka").doesNotContain("bo@demo.vaka");
        assertThat(outbox.recent(1, 200).stream().anyMatch(n -> phone.equals(n.recipient()) && "INVITATION".equals(n.reason()))).isTrue();

        String suffix = UUID.randomUUID().toString().substring(0, 8);
        logins.create(1, "100001", "user-" + suffix + "@demo.vaka", PASSWORD, CustomerRole.USER).orElseThrow();
        Caller user = basic("user-" + suffix + "@demo.vaka");
        assertThat(call(user, get("/portal/logins")).getStatus()).isEqualTo(403);
        assertThat(call(user, get("/portal")).getContentAsString()).doesNotContain("/contacts", "/portal/logins");
        assertThat(call(user, get("/portal/notifications")).getStatus()).isEqualTo(200);

        MockHttpServletResponse stream = mvc.perform(get("/portal/notifications/stream").session(browser)).andReturn().getResponse();
        assertThat(stream.getContentType()).startsWith("text/event-stream");
        assertThat(mvc.perform(get("/portal/notifications/stream")).andReturn().getResponse().getRedirectedUrl()).endsWith("/portal/login");
    }

    @Test
    void everyLoginChangesItsOwnPasswordGivingTheCurrentOneAgain() throws Exception {
        String email = "app-" + UUID.randomUUID().toString().substring(0, 8) + "@demo.vaka";
        logins.create(1, "100001", email, PASSWORD, CustomerRole.APP_ONLY).orElseThrow();
        Caller before = basic(email);
        MockHttpServletResponse wrong = call(before, json(put("/api/v1/portal/account/password"),
                "{\"current\":\"not-it\",\"password\":\"a-new-password\"}"));
        assertThat(JsonPath.<String>read(wrong.getContentAsString(), "$.field")).isEqualTo("current");
        MockHttpServletResponse tooShort = call(before, json(put("/api/v1/portal/account/password"),
                "{\"current\":\"" + PASSWORD + "\",\"password\":\"short\"}"));
        assertThat(JsonPath.<String>read(tooShort.getContentAsString(), "$.field")).isEqualTo("password");
        assertThat(call(before, json(put("/api/v1/portal/account/password"),
                "{\"current\":\"" + PASSWORD + "\",\"password\":\"a-new-password\"}")).getStatus()).isEqualTo(204);
        assertThat(call(before, get("/api/v1/portal/sites")).getStatus()).isEqualTo(401);
        assertThat(call(new Caller(email, r -> r.with(httpBasic(email, "a-new-password"))), get("/api/v1/portal/sites"))
                .getStatus()).isEqualTo(200);
        assertThat(call(ANONYMOUS, json(put("/api/v1/portal/account/password"), "{}")).getStatus()).isEqualTo(401);
        assertThat(call(basic("operator@demo.vaka"), json(put("/api/v1/portal/account/password"), "{}")).getStatus()).isEqualTo(403);

        String page = call(basic("bo@demo.vaka"), get("/portal/account")).getContentAsString();
        assertThat(page).contains("bo@demo.vaka", "Owner").doesNotContain("Solbacken", "$2a$");
        MockHttpSession browser = (MockHttpSession) mvc.perform(post("/portal/login").with(csrf())
                        .param("username", "bo@demo.vaka").param("password", PASSWORD))
                .andExpect(redirectedUrl("/portal")).andReturn().getRequest().getSession();
        mvc.perform(post("/portal/account/password").session(browser).param("current", "x").param("password", "y"))
                .andExpect(status().isForbidden()); // a form without its CSRF token
        mvc.perform(post("/portal/account/password").session(browser).with(csrf()).param("current", "wrong-one")
                .param("password", "a-new-password")).andExpect(redirectedUrl("/portal/account"));
        assertThat(appLoginStatus("bo@demo.vaka", PASSWORD)).isEqualTo(200); // unchanged
    }

    private int sequence;

    /** A frame from a plain-text demo panel, as the receiver takes it; returns once it is ACKed (and stored). */
    void panelSays(String account, String event) throws Exception {
        byte[] frame = Dc09Encoder.encode(new Dc09Outgoing("SIA-DCS", ++sequence, "0", "0", account,
                "#" + account + "|N" + event, List.of(), clock.instant()), null, RandomGenerator.of("L64X128MixRandom"));
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), receiver.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(frame);
            InputStream in = socket.getInputStream();
            StringBuilder reply = new StringBuilder();
            for (int b = in.read(); b >= 0 && b != '\r'; b = in.read()) {
                reply.append((char) b);
            }
            assertThat(reply).contains("ACK");
        }
    }

    private String sessionIdOf(String token) throws Exception {
        String sessions = call(bearer("app", token), get("/api/v1/auth/sessions")).getContentAsString();
        List<String> ids = JsonPath.read(sessions, "$[?(@.current == true)].id");
        assertThat(ids).hasSize(1);
        return ids.getFirst();
    }
}
