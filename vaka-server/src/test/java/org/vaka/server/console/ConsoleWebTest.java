package org.vaka.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.vaka.server.TestDatabases;
import org.vaka.server.sites.PanelAccounts;

/** The console as a browser meets it: sign-in, roles, CSRF, the account form, both languages, the live stream. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ConsoleWebTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.freshServerOnH2(registry);
    }

    @Autowired MockMvc mvc;
    @Autowired PanelAccounts accounts;
    @LocalServerPort int port;

    @Test
    void strangersAreSentToTheSignInPage() throws Exception {
        // A browser (asking for HTML) is redirected; a script without credentials gets a plain 401.
        mvc.perform(get("/console").accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/console")).andExpect(status().isUnauthorized());
        mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Sign in")));
    }

    @Test
    void operatorSignsInAndSeesTheLiveConsoleInEnglishOrSwedish() throws Exception {
        mvc.perform(formLogin().user("operator@demo.vaka").password("demo-operator"))
                .andExpect(redirectedUrl("/console"));
        mvc.perform(formLogin().user("operator@demo.vaka").password("wrong"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/console").with(httpBasic("operator@demo.vaka", "demo-operator")))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Signals arriving live")));
        mvc.perform(get("/console").locale(Locale.of("sv")).with(httpBasic("operator@demo.vaka", "demo-operator")))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Inkommande signaler")));
    }

    @Test
    void onlyAdministratorsManagePanelAccounts() throws Exception {
        mvc.perform(get("/console/accounts").with(httpBasic("operator@demo.vaka", "demo-operator"))).andExpect(status().isForbidden());
        mvc.perform(get("/console/accounts").with(httpBasic("admin@demo.vaka", "demo-admin")))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("9ABC")));
    }

    @Test
    void accountFormNeedsCsrfAndExplainsItsErrors() throws Exception {
        var session = new org.springframework.mock.web.MockHttpSession();
        // Signed in with a session (no Authorization header): the form must carry the CSRF token.
        var login = mvc.perform(post("/login").param("username", "admin@demo.vaka").param("password", "demo-admin")
                .with(csrf()).session(session)).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/console");
        mvc.perform(post("/console/accounts").session(session).param("account", "ABC123"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/accounts").session(session).with(csrf())
                        .param("account", "XY").param("keyFormat", "hex").param("supervisionSeconds", "90"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("3 to 16 hex digits")));
        mvc.perform(post("/console/accounts").session(session).with(csrf())
                        .param("account", "ABC124").param("key", "0011").param("keyFormat", "hex").param("supervisionSeconds", "90"))
                .andExpect(status().isOk());
        assertThat(accounts.match("ABC124", null, null)).isEmpty();
        mvc.perform(post("/console/accounts").session(session).with(csrf())
                        .param("account", "ABC123").param("receiver", "").param("line", "")
                        .param("key", "").param("keyFormat", "hex").param("supervisionSeconds", "120").param("siteName", "Lager"))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.match("ABC123", "5", null)).isPresent();
    }

    @Test
    void liveStreamSendsSnapshots() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/console/signals/stream"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("operator@demo.vaka:demo-operator".getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(20)).build();
        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            assertThat(lines.readLine()).isEqualTo("event:snapshot");
            assertThat(lines.readLine()).startsWith("data:").contains("\"stats\"", "\"signals\"");
        }
    }
}
