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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.vaka.server.TestClock;

import com.jayway.jsonpath.JsonPath;

/**
 * Passkeys over the API with an authenticator in software: registered by a signed-in customer, then a bearer token
 * (or a signed-in browser) for a passkey alone; and every way one must fail: a challenge replayed or lapsed, a counter
 * that did not grow, another login's user handle, a removed passkey, input that is no passkey at all.
 */
abstract class PasskeyScenarios {

    static final String PASSWORD = "a-good-long-password";

    @Autowired MockMvc mvc;
    @Autowired CustomerLogins logins;
    @Autowired TestClock clock;
    @Value("${vaka.portal.base-url:http://localhost:8080}") String origin;

    String email;
    long loginId;

    @BeforeEach
    void freshLogin() {
        email = "passkey-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
        loginId = logins.create(1, "100001", email, PASSWORD, CustomerRole.OWNER).orElseThrow();
        origin = origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
    }

    MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    String rpId() {
        return java.net.URI.create(origin).getHost();
    }

    /** Registers the authenticator's passkey for the fresh login; answers the stored passkey's id. */
    long register(SoftwareAuthenticator authenticator, String name) throws Exception {
        String options = call(post("/api/v1/auth/passkeys/registration-options").with(httpBasic(email, PASSWORD))).getContentAsString();
        assertThat(JsonPath.<String>read(options, "$.authenticatorSelection.residentKey")).isEqualTo("required");
        assertThat(JsonPath.<String>read(options, "$.authenticatorSelection.userVerification")).isEqualTo("required");
        assertThat(JsonPath.<String>read(options, "$.rp.id")).isEqualTo(rpId());
        String credential = authenticator.register(JsonPath.read(options, "$.challenge"), rpId(),
                JsonPath.read(options, "$.user.id"), origin);
        MockHttpServletResponse added = call(json(post("/api/v1/auth/passkeys").with(httpBasic(email, PASSWORD)),
                "{\"name\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"credential\":" + credential + "}"));
        assertThat(added.getStatus()).as(added.getContentAsString()).isEqualTo(201);
        return ((Number) JsonPath.read(added.getContentAsString(), "$.id")).longValue();
    }

    String signInAnswer(SoftwareAuthenticator authenticator) throws Exception {
        String options = call(post("/api/v1/auth/passkeys/sign-in/options")).getContentAsString();
        assertThat(JsonPath.<List<?>>read(options, "$.allowCredentials")).isEmpty();
        return authenticator.signIn(JsonPath.read(options, "$.challenge"), rpId(), origin);
    }

    MockHttpServletResponse signIn(String answer) throws Exception {
        return call(json(post("/api/v1/auth/passkeys/sign-in"), answer));
    }

    @Test
    void aPasskeyGivesTheAppATokenForItsOwnCustomerAndAChallengeIsGoodOnce() throws Exception {
        SoftwareAuthenticator phone = new SoftwareAuthenticator();
        register(phone, "Phone");
        String listed = call(get("/api/v1/auth/passkeys").with(httpBasic(email, PASSWORD))).getContentAsString();
        assertThat(JsonPath.<List<String>>read(listed, "$[*].name")).containsExactly("Phone");

        String answer = signInAnswer(phone);
        MockHttpServletResponse signedIn = signIn(answer);
        assertThat(signedIn.getStatus()).as(signedIn.getContentAsString()).isEqualTo(200);
        String token = JsonPath.read(signedIn.getContentAsString(), "$.token");
        String sites = call(get("/api/v1/portal/sites").header("Authorization", "Bearer " + token)).getContentAsString();
        assertThat(sites).contains("Villa Solbacken").doesNotContain("Bo Berg");
        assertThat(JsonPath.<String>read(call(get("/api/v1/auth/passkeys").header("Authorization", "Bearer " + token))
                .getContentAsString(), "$[0].lastUsed")).isNotNull();

        assertThat(signIn(answer).getStatus()).as("the same challenge again").isEqualTo(401);

        String lapsed = signInAnswer(phone);
        clock.advance(Passkeys.CHALLENGE_LIFETIME.plusSeconds(1));
        assertThat(signIn(lapsed).getStatus()).isEqualTo(401);

        // The registration challenge is good once too, and the same passkey is not registered twice.
        String options = call(post("/api/v1/auth/passkeys/registration-options").with(httpBasic(email, PASSWORD))).getContentAsString();
        assertThat(JsonPath.<List<String>>read(options, "$.excludeCredentials[*].id")).containsExactly(phone.id());
        String again = phone.register(JsonPath.read(options, "$.challenge"), rpId(), JsonPath.read(options, "$.user.id"), origin);
        assertThat(call(json(post("/api/v1/auth/passkeys").with(httpBasic(email, PASSWORD)),
                "{\"name\":\"Again\",\"password\":\"" + PASSWORD + "\",\"credential\":" + again + "}")).getStatus()).isEqualTo(400);
    }

    @Test
    void aCounterThatDidNotGrowAnotherLoginsHandleAndARemovedPasskeyAreRefused() throws Exception {
        SoftwareAuthenticator phone = new SoftwareAuthenticator();
        long id = register(phone, "Phone");
        assertThat(signIn(signInAnswer(phone)).getStatus()).isEqualTo(200);
        assertThat(signIn(signInAnswer(phone)).getStatus()).isEqualTo(200);

        phone.counter = 0; // a clone that has not kept up with the original
        assertThat(signIn(signInAnswer(phone)).getStatus()).isEqualTo(401);
        phone.counter = 10;

        long bos = logins.findByEmail("bo@demo.vaka").orElseThrow().loginId();
        phone.claimUser(Passkeys.userHandle(bos));
        MockHttpServletResponse asBo = signIn(signInAnswer(phone));
        assertThat(asBo.getStatus()).isEqualTo(401);
        assertThat(asBo.getContentAsString()).doesNotContain("token");
        phone.claimUser(Passkeys.userHandle(loginId));

        assertThat(call(delete("/api/v1/auth/passkeys/{id}", id).with(httpBasic("bo@demo.vaka", "demo-customer"))).getStatus())
                .isEqualTo(404);
        assertThat(signIn(signInAnswer(phone)).getStatus()).isEqualTo(200);
        assertThat(call(delete("/api/v1/auth/passkeys/{id}", id).with(httpBasic(email, PASSWORD))).getStatus()).isEqualTo(204);
        assertThat(signIn(signInAnswer(phone)).getStatus()).isEqualTo(401);
        assertThat(call(delete("/api/v1/auth/passkeys/{id}", id).with(httpBasic(email, PASSWORD))).getStatus()).isEqualTo(404);
    }

    @Test
    void whatIsNoPasskeyIsRefusedAsSuchAndChangesNothing() throws Exception {
        MockHttpServletResponse empty = call(json(post("/api/v1/auth/passkeys/sign-in"), "{}"));
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<String>read(empty.getContentAsString(), "$.field")).isEqualTo("credential");
        assertThat(call(post("/api/v1/auth/passkeys/sign-in")).getStatus()).isEqualTo(400);

        MockHttpServletResponse noName = call(json(post("/api/v1/auth/passkeys").with(httpBasic(email, PASSWORD)),
                "{\"name\":\" \",\"credential\":{}}"));
        assertThat(noName.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<String>read(noName.getContentAsString(), "$.field")).isEqualTo("name");
        MockHttpServletResponse garbage = call(json(post("/api/v1/auth/passkeys").with(httpBasic(email, PASSWORD)),
                "{\"name\":\"Phone\",\"password\":\"" + PASSWORD + "\",\"credential\":{\"id\":\"x\"}}"));
        assertThat(garbage.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<String>read(garbage.getContentAsString(), "$.field")).isEqualTo("credential");

        // Made for another origin (a look-alike site): refused.
        SoftwareAuthenticator phone = new SoftwareAuthenticator();
        String options = call(post("/api/v1/auth/passkeys/registration-options").with(httpBasic(email, PASSWORD))).getContentAsString();
        String phished = phone.register(JsonPath.read(options, "$.challenge"), rpId(), JsonPath.read(options, "$.user.id"),
                "https://vaka.example.com");
        assertThat(call(json(post("/api/v1/auth/passkeys").with(httpBasic(email, PASSWORD)),
                "{\"name\":\"Phone\",\"password\":\"" + PASSWORD + "\",\"credential\":" + phished + "}")).getStatus())
                .isEqualTo(400);

        // A browser left signed in is not enough: the password is given again.
        options = call(post("/api/v1/auth/passkeys/registration-options").with(httpBasic(email, PASSWORD))).getContentAsString();
        String made = phone.register(JsonPath.read(options, "$.challenge"), rpId(), JsonPath.read(options, "$.user.id"), origin);
        for (String password : new String[] {"", "wrong-password"}) {
            MockHttpServletResponse refused = call(json(post("/api/v1/auth/passkeys").with(httpBasic(email, PASSWORD)),
                    "{\"name\":\"Phone\",\"password\":\"" + password + "\",\"credential\":" + made + "}"));
            assertThat(refused.getStatus()).isEqualTo(400);
            assertThat(JsonPath.<String>read(refused.getContentAsString(), "$.field")).isEqualTo("password");
        }
        assertThat(call(get("/api/v1/auth/passkeys").with(httpBasic(email, PASSWORD))).getContentAsString()).isEqualTo("[]");
    }

    @Test
    void aPasskeyNeedsNoCodeAfterItAndSignsABrowserInAsTheSameCustomer() throws Exception {
        SoftwareAuthenticator phone = new SoftwareAuthenticator();
        register(phone, "Phone");
        String secret = JsonPath.read(call(post("/api/v1/auth/two-step").with(httpBasic(email, PASSWORD))).getContentAsString(),
                "$.secret");
        assertThat(call(json(post("/api/v1/auth/two-step/confirm").with(httpBasic(email, PASSWORD)),
                "{\"code\":\"" + Totp.codeAt(Base32.decode(secret), clock.instant()) + "\"}")).getStatus()).isEqualTo(200);

        assertThat(signIn(signInAnswer(phone)).getStatus()).isEqualTo(200);

        MockHttpSession browser = (MockHttpSession) mvc.perform(get("/portal/login")).andReturn().getRequest().getSession();
        String options = call(post("/portal/login/passkey/options").session(browser).with(csrf())).getContentAsString();
        String answer = phone.signIn(JsonPath.read(options, "$.challenge"), rpId(), origin);
        assertThat(call(json(post("/portal/login/passkey").session(browser), answer)).getStatus())
                .as("no CSRF token").isEqualTo(403);
        var signedIn = mvc.perform(json(post("/portal/login/passkey").session(browser).with(csrf()), answer)).andReturn();
        assertThat(signedIn.getResponse().getStatus()).as(signedIn.getResponse().getContentAsString()).isEqualTo(200);
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession();
        assertThat(call(get("/portal/account").session(session)).getContentAsString()).contains(email);
        assertThat(JsonPath.<List<String>>read(call(get("/api/v1/auth/sessions").session(session)).getContentAsString(),
                "$[?(@.kind == 'WEB' && @.current == true)].id")).hasSize(1);
    }
}
