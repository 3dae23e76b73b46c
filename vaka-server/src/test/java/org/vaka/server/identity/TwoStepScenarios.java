package org.vaka.server.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.vaka.server.TestClock;

import com.jayway.jsonpath.JsonPath;

/**
 * Two-step verification as a customer meets it: set up from the app's API, then asked for at every kind of sign-in
 * (the portal's form, the app's login, HTTP Basic), with wrong, replayed and recovery codes, the throttle, and turning
 * it off. Each scenario has its own fresh login, so none depends on another's state.
 */
abstract class TwoStepScenarios {

    static final String PASSWORD = "a-good-long-password";

    @Autowired MockMvc mvc;
    @Autowired CustomerLogins logins;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;

    String email;

    @BeforeEach
    void freshLogin() {
        email = "two-step-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
        logins.create(1, "100001", email, PASSWORD, CustomerRole.OWNER).orElseThrow();
    }

    MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    MockHttpServletRequestBuilder asMe(MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(email, PASSWORD));
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    MockHttpServletResponse appLogin(String code) throws Exception {
        return call(json(post("/api/v1/auth/login"), "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\""
                + (code == null ? "" : ",\"code\":\"" + code + "\"") + "}"));
    }

    /** The code the customer's authenticator app shows now, on the server's (test) clock. */
    String codeNow(String secret) {
        return Totp.codeAt(Base32.decode(secret), clock.instant());
    }

    /** Sets two-step verification up over the API as the app would; answers the secret and the recovery codes. */
    record Enrolled(String secret, List<String> recoveryCodes) {
    }

    Enrolled enrol() throws Exception {
        MockHttpServletResponse started = call(asMe(post("/api/v1/auth/two-step")));
        assertThat(started.getStatus()).as(started.getContentAsString()).isEqualTo(200);
        String secret = JsonPath.read(started.getContentAsString(), "$.secret");
        MockHttpServletResponse confirmed = call(asMe(json(post("/api/v1/auth/two-step/confirm"),
                "{\"code\":\"" + codeNow(secret) + "\"}")));
        assertThat(confirmed.getStatus()).as(confirmed.getContentAsString()).isEqualTo(200);
        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS)); // the confirming code is spent; the next one is fresh
        return new Enrolled(secret, JsonPath.read(confirmed.getContentAsString(), "$.recoveryCodes"));
    }

    @Test
    void settingUpShowsTheSecretOnceAndTurnsOnOnlyWithARightCode() throws Exception {
        assertThat(JsonPath.<Boolean>read(call(asMe(get("/api/v1/auth/two-step"))).getContentAsString(), "$.enabled")).isFalse();
        MockHttpServletResponse notStarted = call(asMe(json(post("/api/v1/auth/two-step/confirm"), "{\"code\":\"123456\"}")));
        assertThat(notStarted.getStatus()).isEqualTo(409);

        String started = call(asMe(post("/api/v1/auth/two-step"))).getContentAsString();
        String secret = JsonPath.read(started, "$.secret");
        assertThat(Base32.decode(secret)).hasSize(20);
        assertThat(JsonPath.<String>read(started, "$.uri")).startsWith("otpauth://totp/Vaka%3A" + email.replace("@", "%40")
                + "?secret=" + secret + "&issuer=Vaka");
        assertThat(JsonPath.<Boolean>read(call(asMe(get("/api/v1/auth/two-step"))).getContentAsString(), "$.settingUp")).isTrue();
        // The secret is sealed in the database, not kept as it is.
        assertThat(jdbc.sql("select secret_sealed from two_step").query(String.class).list()).noneMatch(s -> s.contains(secret));

        MockHttpServletResponse malformed = call(asMe(json(post("/api/v1/auth/two-step/confirm"), "{\"code\":\"12\"}")));
        assertThat(malformed.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<String>read(malformed.getContentAsString(), "$.field")).isEqualTo("code");
        String wrongCode = codeNow(secret).equals("000000") ? "111111" : "000000";
        MockHttpServletResponse wrong = call(asMe(json(post("/api/v1/auth/two-step/confirm"), "{\"code\":\"" + wrongCode + "\"}")));
        assertThat(wrong.getStatus()).isEqualTo(400);
        assertThat(wrong.getContentAsString()).contains("Wrong verification code.");
        assertThat(call(asMe(json(post("/api/v1/auth/two-step/confirm"), "not json"))).getStatus()).isEqualTo(400);
        assertThat(appLogin(null).getStatus()).as("not on until confirmed").isEqualTo(200);

        MockHttpServletResponse confirmed = call(asMe(json(post("/api/v1/auth/two-step/confirm"),
                "{\"code\":\"" + codeNow(secret) + "\"}")));
        assertThat(confirmed.getStatus()).isEqualTo(200);
        List<String> codes = JsonPath.read(confirmed.getContentAsString(), "$.recoveryCodes");
        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z2-7]{5}-[a-z2-7]{5}"));
        assertThat(jdbc.sql("select code_hash from two_step_recovery_code").query(String.class).list())
                .noneMatch(codes::contains);

        // Now HTTP Basic no longer signs this login in: it would get round the code.
        MockHttpServletResponse basic = call(asMe(get("/api/v1/auth/two-step")));
        assertThat(basic.getStatus()).isEqualTo(401);
        assertThat(basic.getContentAsString()).contains("/api/v1/auth/login", "\"twoStepRequired\":true");
        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        String token = JsonPath.read(appLogin(codeNow(secret)).getContentAsString(), "$.token");
        String status = call(get("/api/v1/auth/two-step").header("Authorization", "Bearer " + token)).getContentAsString();
        assertThat(JsonPath.<Boolean>read(status, "$.enabled")).isTrue();
        assertThat(JsonPath.<Integer>read(status, "$.recoveryCodesLeft")).isEqualTo(10);
        assertThat(status).doesNotContain(secret);
        MockHttpServletResponse again = call(post("/api/v1/auth/two-step").header("Authorization", "Bearer " + token));
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(again.getContentAsString()).doesNotContain(secret);
    }

    @Test
    void theAppGetsATokenOnlyWithTheCodeAndACodeIsGoodOnce() throws Exception {
        String before = JsonPath.read(appLogin(null).getContentAsString(), "$.token"); // a token from before stays valid
        Enrolled enrolled = enrol();

        MockHttpServletResponse needed = appLogin(null);
        assertThat(needed.getStatus()).isEqualTo(401);
        assertThat(JsonPath.<Boolean>read(needed.getContentAsString(), "$.twoStepRequired")).isTrue();
        assertThat(needed.getContentAsString()).doesNotContain("token");

        MockHttpServletResponse malformed = appLogin("12ab");
        assertThat(malformed.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<String>read(malformed.getContentAsString(), "$.field")).isEqualTo("code");

        String code = codeNow(enrolled.secret());
        MockHttpServletResponse wrong = appLogin(code.equals("000000") ? "111111" : "000000");
        assertThat(wrong.getStatus()).isEqualTo(401);
        assertThat(JsonPath.<String>read(wrong.getContentAsString(), "$.detail")).isEqualTo("Wrong verification code.");

        assertThat(appLogin(code).getStatus()).isEqualTo(200);
        assertThat(appLogin(code).getStatus()).as("replayed").isEqualTo(401);
        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        assertThat(appLogin(codeNow(enrolled.secret())).getStatus()).isEqualTo(200);

        // A recovery code signs in once, and is counted off.
        String recovery = enrolled.recoveryCodes().get(3);
        assertThat(appLogin(recovery.toUpperCase()).getStatus()).isEqualTo(200);
        assertThat(appLogin(recovery).getStatus()).isEqualTo(401);
        String token = JsonPath.read(appLogin(enrolled.recoveryCodes().get(4).replace("-", "")).getContentAsString(), "$.token");
        assertThat(JsonPath.<Integer>read(call(get("/api/v1/auth/two-step").header("Authorization", "Bearer " + token))
                .getContentAsString(), "$.recoveryCodesLeft")).isEqualTo(8);

        assertThat(call(get("/api/v1/portal/sites").header("Authorization", "Bearer " + before)).getStatus()).isEqualTo(200);
    }

    @Test
    void aBrowserIsSignedInOnlyAfterTheCodeAndTheStaffPageCannotSkipIt() throws Exception {
        Enrolled enrolled = enrol();
        MockHttpSession browser = (MockHttpSession) mvc.perform(post("/portal/login").with(csrf())
                .param("username", email).param("password", PASSWORD)).andReturn().getRequest().getSession();
        assertThat(call(post("/portal/login").with(csrf()).param("username", email).param("password", PASSWORD))
                .getRedirectedUrl()).isEqualTo("/portal/login/verify");
        assertThat(call(get("/portal").session(browser)).getRedirectedUrl()).as("not signed in yet").endsWith("/portal/login");
        assertThat(call(get("/portal/login/verify").session(browser)).getContentAsString()).contains("name=\"code\"");

        assertThat(call(post("/portal/login/verify").session(browser).param("code", "123456")).getStatus())
                .as("no CSRF token").isEqualTo(403);
        assertThat(call(post("/portal/login/verify").session(browser).with(csrf()).param("code", "12"))
                .getRedirectedUrl()).isEqualTo("/portal/login/verify?malformed");
        String code = codeNow(enrolled.secret());
        assertThat(call(post("/portal/login/verify").session(browser).with(csrf())
                .param("code", code.equals("000000") ? "111111" : "000000")).getRedirectedUrl())
                .isEqualTo("/portal/login/verify?error");
        assertThat(call(get("/portal").session(browser)).getStatus()).isEqualTo(302);

        MockHttpServletResponse verified = call(post("/portal/login/verify").session(browser).with(csrf()).param("code", code));
        assertThat(verified.getRedirectedUrl()).isEqualTo("/portal");
        MockHttpSession signedIn = (MockHttpSession) mvc.perform(post("/portal/login/verify").session(browser).with(csrf())
                .param("code", code)).andReturn().getRequest().getSession();
        assertThat(call(get("/portal").session(signedIn)).getStatus()).isEqualTo(200);
        String sessions = call(get("/api/v1/auth/sessions").session(signedIn)).getContentAsString();
        assertThat(JsonPath.<List<String>>read(sessions, "$[?(@.kind == 'WEB' && @.current == true)].id")).hasSize(1);

        // The staff's sign-in page sends such a customer to the same code step, not into the portal.
        assertThat(call(post("/login").with(csrf()).param("username", email).param("password", PASSWORD))
                .getRedirectedUrl()).isEqualTo("/portal/login/verify");
        // A browser that never gave the password has nothing to verify.
        assertThat(call(post("/portal/login/verify").with(csrf()).param("code", code)).getRedirectedUrl())
                .isEqualTo("/portal/login?expired");
    }

    @Test
    void theCodeStepLapsesAfterFiveMinutes() throws Exception {
        Enrolled enrolled = enrol();
        MockHttpSession browser = (MockHttpSession) mvc.perform(post("/portal/login").with(csrf())
                .param("username", email).param("password", PASSWORD)).andReturn().getRequest().getSession();
        clock.advance(PendingSignIn.LIFETIME.plusSeconds(1));
        assertThat(call(post("/portal/login/verify").session(browser).with(csrf()).param("code", codeNow(enrolled.secret())))
                .getRedirectedUrl()).isEqualTo("/portal/login?expired");
        assertThat(call(get("/portal/login/verify").session(browser)).getRedirectedUrl()).isEqualTo("/portal/login?expired");
    }

    @Test
    void wrongCodesCountInTheThrottleAndLockTheAddress() throws Exception {
        Enrolled enrolled = enrol();
        String wrong = "000000";
        for (int i = 0; i < 3; i++) {
            String code = codeNow(enrolled.secret());
            assertThat(appLogin(code.equals(wrong) ? "111111" : wrong).getStatus()).isEqualTo(401);
        }
        MockHttpSession browser = (MockHttpSession) mvc.perform(post("/portal/login").with(csrf())
                .param("username", email).param("password", PASSWORD)).andReturn().getRequest().getSession();
        String code = codeNow(enrolled.secret());
        assertThat(call(post("/portal/login/verify").session(browser).with(csrf())
                .param("code", code.equals(wrong) ? "111111" : wrong)).getRedirectedUrl()).isEqualTo("/portal/login/verify?error");
        assertThat(call(post("/portal/login/verify").session(browser).with(csrf())
                .param("code", code.equals(wrong) ? "111111" : wrong)).getRedirectedUrl())
                .as("the fifth failure locks").isEqualTo("/portal/login/verify?error");
        assertThat(call(post("/portal/login/verify").session(browser).with(csrf()).param("code", code)).getRedirectedUrl())
                .as("locked, even with the right code").isEqualTo("/portal/login?locked");

        assertThat(appLogin(codeNow(enrolled.secret())).getStatus()).as("locked, even with the right code").isEqualTo(429);
        assertThat(call(post("/portal/login").with(csrf()).param("username", email).param("password", PASSWORD))
                .getRedirectedUrl()).isEqualTo("/portal/login?locked");
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(appLogin(codeNow(enrolled.secret())).getStatus()).isEqualTo(200);
    }

    @Test
    void turningItOffNeedsThePasswordAndACode() throws Exception {
        Enrolled enrolled = enrol();
        String token = JsonPath.read(appLogin(codeNow(enrolled.secret())).getContentAsString(), "$.token");
        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        MockHttpServletRequestBuilder off = delete("/api/v1/auth/two-step").header("Authorization", "Bearer " + token);

        MockHttpServletResponse noPassword = call(json(off, "{\"code\":\"" + codeNow(enrolled.secret()) + "\"}"));
        assertThat(noPassword.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<String>read(noPassword.getContentAsString(), "$.field")).isEqualTo("password");
        off = delete("/api/v1/auth/two-step").header("Authorization", "Bearer " + token);
        MockHttpServletResponse wrongPassword = call(json(off, "{\"password\":\"nope\",\"code\":\"" + codeNow(enrolled.secret()) + "\"}"));
        assertThat(JsonPath.<String>read(wrongPassword.getContentAsString(), "$.field")).isEqualTo("password");
        off = delete("/api/v1/auth/two-step").header("Authorization", "Bearer " + token);
        MockHttpServletResponse noCode = call(json(off, "{\"password\":\"" + PASSWORD + "\",\"code\":\"x\"}"));
        assertThat(noCode.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<String>read(noCode.getContentAsString(), "$.field")).isEqualTo("code");
        assertThat(appLogin(null).getStatus()).as("still on").isEqualTo(401);

        off = delete("/api/v1/auth/two-step").header("Authorization", "Bearer " + token);
        assertThat(call(json(off, "{\"password\":\"" + PASSWORD + "\",\"code\":\"" + codeNow(enrolled.secret()) + "\"}"))
                .getStatus()).isEqualTo(204);
        assertThat(appLogin(null).getStatus()).isEqualTo(200);
        assertThat(call(asMe(get("/api/v1/auth/two-step"))).getStatus()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from two_step_recovery_code rc join customer_login l on l.id = rc.login_id "
                + "where l.email = ?").param(email).query(Long.class).single()).isZero();
    }

    @Test
    void newRecoveryCodesNeedThePasswordAndACodeAndTheOldOnesStopWorking() throws Exception {
        Enrolled enrolled = enrol();
        String token = JsonPath.read(appLogin(enrolled.recoveryCodes().get(0)).getContentAsString(), "$.token");
        assertThat(call(bearer(get("/api/v1/auth/two-step"), token)).getContentAsString()).contains("\"recoveryCodesLeft\":9");

        MockHttpServletResponse wrongPassword = call(json(bearer(post("/api/v1/auth/two-step/recovery-codes"), token),
                "{\"password\":\"nope\",\"code\":\"" + codeNow(enrolled.secret()) + "\"}"));
        assertThat(wrongPassword.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<String>read(wrongPassword.getContentAsString(), "$.field")).isEqualTo("password");
        assertThat(call(bearer(get("/api/v1/auth/two-step"), token)).getContentAsString()).contains("\"recoveryCodesLeft\":9");

        MockHttpServletResponse renewed = call(json(bearer(post("/api/v1/auth/two-step/recovery-codes"), token),
                "{\"password\":\"" + PASSWORD + "\",\"code\":\"" + codeNow(enrolled.secret()) + "\"}"));
        assertThat(renewed.getStatus()).as(renewed.getContentAsString()).isEqualTo(200);
        List<String> fresh = JsonPath.read(renewed.getContentAsString(), "$.recoveryCodes");
        assertThat(fresh).hasSize(TwoStepVerification.RECOVERY_CODES).doesNotContainAnyElementsOf(enrolled.recoveryCodes());
        assertThat(appLogin(enrolled.recoveryCodes().get(1)).getStatus()).as("an old code").isEqualTo(401);
        assertThat(appLogin(fresh.get(0)).getStatus()).isEqualTo(200);
        assertThat(call(bearer(get("/api/v1/auth/two-step"), token)).getContentAsString()).contains("\"recoveryCodesLeft\":9");
    }

    static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }

    @Test
    void theSecurityPageSetsItUpWithAQrCodeAndShowsTheRecoveryCodesOnce() throws Exception {
        MockHttpSession browser = (MockHttpSession) mvc.perform(post("/portal/login").with(csrf())
                .param("username", email).param("password", PASSWORD)).andReturn().getRequest().getSession();
        assertThat(call(get("/portal/security").session(browser)).getContentAsString()).contains("id=\"two-step-start\"");
        assertThat(call(post("/portal/security/two-step").session(browser)).getStatus()).as("no CSRF token").isEqualTo(403);
        call(post("/portal/security/two-step").session(browser).with(csrf()));
        String page = call(get("/portal/security").session(browser)).getContentAsString();
        assertThat(page).contains("data:image/svg+xml;base64,", "id=\"two-step-confirm\"");
        String secret = page.replaceAll("(?s).*id=\"two-step-secret\">([A-Z2-7]+)<.*", "$1");
        assertThat(Base32.decode(secret)).hasSize(20);

        MockHttpServletResponse wrong = mvc.perform(post("/portal/security/two-step/confirm").session(browser).with(csrf())
                .param("code", "12")).andReturn().getResponse();
        assertThat(wrong.getRedirectedUrl()).isEqualTo("/portal/security");
        var confirmed = mvc.perform(post("/portal/security/two-step/confirm").session(browser).with(csrf())
                .param("code", codeNow(secret))).andReturn();
        @SuppressWarnings("unchecked")
        List<String> codes = (List<String>) confirmed.getFlashMap().get("recoveryCodes");
        assertThat(codes).hasSize(10);
        String after = call(get("/portal/security").session(browser)).getContentAsString();
        assertThat(after).contains("id=\"two-step-disable\"").doesNotContain(secret, codes.get(0));
    }
}
