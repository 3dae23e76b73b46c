package org.vaka.server.sites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.vaka.protocol.dc09.Dc09Encoder;
import org.vaka.protocol.dc09.Dc09Outgoing;
import org.vaka.server.alarms.AlarmQueue;
import org.vaka.server.alarms.AlarmView;
import org.vaka.server.alarms.ChecklistItem;
import org.vaka.server.receiver.Dc09Receiver;

/**
 * A site's records and action instruction through the JSON API and the console, as an administrator keeps them and
 * an operator reads them; and an alarm handled by the instruction its site had when it was raised. Each test has a
 * site of its own, except the one that reads the demo seed.
 */
abstract class SiteDetailsScenarios {

    static final String OPERATOR = "operator@demo.vaka";
    static final String ADMIN = "admin@demo.vaka";

    @Autowired MockMvc mvc;
    @Autowired PanelAccounts accounts;
    @Autowired AlarmQueue alarms;
    @Autowired Dc09Receiver receiver;
    @Autowired JdbcClient jdbc;

    String account;
    long site;

    @BeforeEach
    void aSiteOfItsOwn() {
        account = "C" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).toUpperCase().substring(0, 7);
        site = accounts.register(1, new PanelAccountRegistration(account, null, null, null, null, 3600, "Site " + account))
                .account().siteId();
    }

    MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(ADMIN, "demo-admin")).contentType(MediaType.APPLICATION_JSON);
    }

    MockHttpServletRequestBuilder asOperator(MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(OPERATOR, "demo-operator")).contentType(MediaType.APPLICATION_JSON);
    }

    String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    static final String DETAILS = """
            {"customer":{"number":"200001","name":"Dora Dahl","mobile":"+46709876543","email":"dora@example.se"},
             "street":"Storgatan 1","postalCode":"111 22","city":"Stockholm","directions":"Porten från gården, kod 1234.",
             "keyHeld":true,"guardCompany":"Avarn"}""";

    static final String USERS = """
            [{"number":1,"name":"Dora","phone":"+46709876543","code":"111111","duressCode":"111119"},
             {"number":2,"name":"Städ","code":"222222"}]""";

    @Test
    void theDemoSiteOf1234HasEverythingToTryTheRulesOn() throws Exception {
        long demo = accounts.view(1, "1234").orElseThrow().siteId();
        mvc.perform(asOperator(get("/api/v1/sites/" + demo + "/details"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.customer.number").value("100001"))
                .andExpect(jsonPath("$.customer.name").value("Anna Andersson"))
                .andExpect(jsonPath("$.customer.mobile").value("+46701234567"))
                .andExpect(jsonPath("$.customer.email").value("anna@demo.vaka"))
                .andExpect(jsonPath("$.street").value("Solbackevägen 12"))
                .andExpect(jsonPath("$.postalCode").value("123 45"))
                .andExpect(jsonPath("$.city").value("Farsta"))
                .andExpect(jsonPath("$.keyHeld").value(true))
                .andExpect(jsonPath("$.guardCompany").value("Securitas Väktare"));
        mvc.perform(asOperator(get("/api/v1/sites/" + demo + "/zones")))
                .andExpect(jsonPath("$.length()").value(5))
                .andExpect(jsonPath("$[2].zone").value("03")).andExpect(jsonPath("$[2].type").value("MOTION"));
        String users = body(asOperator(get("/api/v1/sites/" + demo + "/users")));
        assertThat(users).contains("Städfirman").contains("\"hasDuressCode\":true").doesNotContain("\"123456")
                .doesNotContain("999999").doesNotContain("$2").doesNotContain("code\":");
        mvc.perform(asOperator(get("/api/v1/sites/" + demo + "/users")))
                .andExpect(jsonPath("$.length()").value(4)).andExpect(jsonPath("$[3].hasCode").value(true));
        mvc.perform(asOperator(get("/api/v1/sites/" + demo + "/instructions")))
                .andExpect(jsonPath("$[?(@.kind == 'BURGLARY')].override").value(true))
                .andExpect(jsonPath("$[?(@.kind == 'BURGLARY')].steps[3].action").value("SMS_CUSTOMER"))
                .andExpect(jsonPath("$[?(@.kind == 'FIRE')].override").value(false));
        mvc.perform(asOperator(get("/api/v1/sites/" + accounts.view(1, "9ABC").orElseThrow().siteId() + "/details")))
                .andExpect(jsonPath("$.customer.number").value("100042"))
                .andExpect(jsonPath("$.customer.mobile").value("+46701234567"));
    }

    @Test
    void detailsZonesAndUsersRoundTripAndCodesNeverComeBack() throws Exception {
        mvc.perform(asAdmin(put("/api/v1/sites/" + site + "/details")).content(DETAILS)).andExpect(status().isOk())
                .andExpect(jsonPath("$.customer.number").value("200001"));
        mvc.perform(asOperator(get("/api/v1/sites/" + site + "/details")))
                .andExpect(jsonPath("$.customer.email").value("dora@example.se"))
                .andExpect(jsonPath("$.directions").value("Porten från gården, kod 1234."))
                .andExpect(jsonPath("$.keyHeld").value(true)).andExpect(jsonPath("$.guardCompany").value("Avarn"));

        mvc.perform(asAdmin(put("/api/v1/sites/" + site + "/zones"))
                        .content("[{\"zone\":\"01\",\"name\":\"Entré\",\"type\":\"DOOR\"},{\"zone\":\"07\",\"name\":\"Källare\",\"type\":\"water\"}]"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[1].type").value("WATER"));

        String written = body(asAdmin(put("/api/v1/sites/" + site + "/users")).content(USERS));
        String read = body(asOperator(get("/api/v1/sites/" + site + "/users")));
        for (String answer : List.of(written, read)) {
            assertThat(answer).contains("\"hasCode\":true").doesNotContain("111111").doesNotContain("111119")
                    .doesNotContain("222222").doesNotContain("$2").doesNotContain("code\":");
        }
        mvc.perform(asOperator(get("/api/v1/sites/" + site + "/users")))
                .andExpect(jsonPath("$[0].hasDuressCode").value(true)).andExpect(jsonPath("$[1].hasDuressCode").value(false));
        String hash = jdbc.sql("select code_hash from site_user where site_id = ? and user_number = 1").param(site)
                .query(String.class).single();
        assertThat(hash).startsWith("$2").isNotEqualTo("111111");

        // Renaming a user without typing the code again keeps the code.
        mvc.perform(asAdmin(put("/api/v1/sites/" + site + "/users")).content("[{\"number\":1,\"name\":\"Dora Dahl\"}]"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].hasCode").value(true))
                .andExpect(jsonPath("$[0].hasDuressCode").value(true)).andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void theInstructionIsTheBuiltInOneUntilTheSiteHasItsOwn() throws Exception {
        mvc.perform(asOperator(get("/api/v1/sites/" + site + "/instructions"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("FIRE"))
                .andExpect(jsonPath("$[?(@.override == true)]").isEmpty());
        mvc.perform(asAdmin(put("/api/v1/sites/" + site + "/instructions/fire")).content("""
                        {"steps":[{"action":"CALL_EMERGENCY"},{"action":"NOTE","text":"Nyckel i kodlåda vid garaget","required":false},
                                  {"action":"call_contacts"}]}"""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.kind").value("FIRE")).andExpect(jsonPath("$.override").value(true))
                .andExpect(jsonPath("$.steps[0].text").value("Call emergency services (112)"))
                .andExpect(jsonPath("$.steps[1].position").value(2)).andExpect(jsonPath("$.steps[1].required").value(false))
                .andExpect(jsonPath("$.steps[2].action").value("CALL_CONTACTS"));
        mvc.perform(asOperator(get("/api/v1/sites/" + site + "/instructions")))
                .andExpect(jsonPath("$[?(@.kind == 'FIRE')].override").value(true))
                .andExpect(jsonPath("$[?(@.kind == 'BURGLARY')].override").value(false));
        mvc.perform(asAdmin(delete("/api/v1/sites/" + site + "/instructions/FIRE"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.override").value(false)).andExpect(jsonPath("$.steps.length()").value(2));
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        mvc.perform(asAdmin(put("/api/v1/sites/" + site + "/details")).content(DETAILS)).andExpect(status().isOk());
        mvc.perform(asAdmin(put("/api/v1/sites/" + site + "/zones")).content("[{\"zone\":\"01\",\"name\":\"Entré\",\"type\":\"DOOR\"}]"))
                .andExpect(status().isOk());
        mvc.perform(asAdmin(put("/api/v1/sites/" + site + "/users")).content(USERS)).andExpect(status().isOk());
        String details = body(asAdmin(get("/api/v1/sites/" + site + "/details")));
        String zones = body(asAdmin(get("/api/v1/sites/" + site + "/zones")));
        String users = body(asAdmin(get("/api/v1/sites/" + site + "/users")));
        String userHashes = jdbc.sql("select code_hash from site_user where site_id = ? order by user_number").param(site)
                .query(String.class).list().toString();

        refused(put("/api/v1/sites/" + site + "/details"), DETAILS.replace("dora@example.se", "dora.example.se"), "customer.email");
        refused(put("/api/v1/sites/" + site + "/details"), DETAILS.replace("\"200001\"", "\"\""), "customer.number");
        refused(put("/api/v1/sites/" + site + "/details"), DETAILS.replace("+46709876543", "ring mig"), "customer.mobile");
        refused(put("/api/v1/sites/" + site + "/details"), "{\"keyHeld\":\"maybe\"}", "body");
        refused(put("/api/v1/sites/" + site + "/zones"), "[{\"zone\":\"02\",\"name\":\"Fönster\",\"type\":\"LASER\"}]", "zones[0].type");
        refused(put("/api/v1/sites/" + site + "/zones"), "[{\"zone\":\"02\",\"name\":\"A\",\"type\":\"DOOR\"},{\"zone\":\"2\",\"name\":\"B\",\"type\":\"DOOR\"}]",
                "zones[1].zone");
        refused(put("/api/v1/sites/" + site + "/zones"), "[{\"zone\":\"02\",\"name\":\" \",\"type\":\"DOOR\"}]", "zones[0].name");
        refused(put("/api/v1/sites/" + site + "/users"), "[{\"number\":1,\"name\":\"Dora\",\"code\":\"12345\"}]", "users[0].code");
        refused(put("/api/v1/sites/" + site + "/users"), "[{\"number\":1,\"name\":\"Dora\",\"code\":\"333333\",\"duressCode\":\"333333\"}]",
                "users[0].duressCode");
        refused(put("/api/v1/sites/" + site + "/users"), "[{\"number\":1,\"name\":\"Dora\"},{\"number\":1,\"name\":\"Dora\"}]", "users[1].number");
        // user 1's code is 111111 already: as a duress code it would be the same code
        refused(put("/api/v1/sites/" + site + "/users"), "[{\"number\":1,\"name\":\"Dora\",\"duressCode\":\"111111\"}]",
                "users[0].duressCode");
        refused(put("/api/v1/sites/" + site + "/users"), "[{\"number\":0,\"name\":\"Dora\"}]", "users[0].number");
        refused(put("/api/v1/sites/" + site + "/instructions/BURGLARY"), "{\"steps\":[{\"action\":\"PRAY\"}]}", "steps[0].action");
        refused(put("/api/v1/sites/" + site + "/instructions/BURGLARY"), "{\"steps\":[{\"action\":\"NOTE\"}]}", "steps[0].text");
        refused(put("/api/v1/sites/" + site + "/instructions/BURGLARY"), "{\"steps\":[]}", "steps");
        refused(put("/api/v1/sites/" + site + "/instructions/PARTY"), "{\"steps\":[{\"action\":\"NOTE\",\"text\":\"x\"}]}", "kind");

        assertThat(body(asAdmin(get("/api/v1/sites/" + site + "/details")))).isEqualTo(details);
        assertThat(body(asAdmin(get("/api/v1/sites/" + site + "/zones")))).isEqualTo(zones);
        assertThat(body(asAdmin(get("/api/v1/sites/" + site + "/users")))).isEqualTo(users);
        assertThat(jdbc.sql("select code_hash from site_user where site_id = ? order by user_number").param(site)
                .query(String.class).list().toString()).isEqualTo(userHashes);
        assertThat(jdbc.sql("select count(*) from site_instruction_step where site_id = ?").param(site).query(Integer.class).single())
                .isZero();
    }

    private void refused(MockHttpServletRequestBuilder request, String json, String field) throws Exception {
        String answer = mvc.perform(asAdmin(request).content(json)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value(field)).andReturn().getResponse().getContentAsString();
        assertThat(answer).doesNotContain("12345").doesNotContain("333333").doesNotContain("111111");
    }

    @Test
    void anOperatorReadsButCannotChange() throws Exception {
        mvc.perform(asOperator(get("/api/v1/sites/" + site + "/details"))).andExpect(status().isOk());
        mvc.perform(asOperator(put("/api/v1/sites/" + site + "/details")).content(DETAILS)).andExpect(status().isForbidden());
        mvc.perform(asOperator(put("/api/v1/sites/" + site + "/zones")).content("[]")).andExpect(status().isForbidden());
        mvc.perform(asOperator(put("/api/v1/sites/" + site + "/users")).content(USERS)).andExpect(status().isForbidden());
        mvc.perform(asOperator(put("/api/v1/sites/" + site + "/instructions/FIRE"))
                .content("{\"steps\":[{\"action\":\"CALL_EMERGENCY\"}]}")).andExpect(status().isForbidden());
        mvc.perform(asOperator(delete("/api/v1/sites/" + site + "/instructions/FIRE"))).andExpect(status().isForbidden());
        mvc.perform(asOperator(put("/api/v1/sites/" + site + "/verification-word")).content("{\"word\":\"hallon\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/sites/" + site + "/edit/zones").with(httpBasic(OPERATOR, "demo-operator")).with(csrf())
                .param("zone", "01").param("zoneName", "Dörr").param("zoneType", "DOOR")).andExpect(status().isForbidden());
        mvc.perform(asOperator(get("/api/v1/sites/" + site + "/details")))
                .andExpect(jsonPath("$.customer").doesNotExist()).andExpect(jsonPath("$.keyHeld").value(false));
        mvc.perform(asOperator(get("/api/v1/sites/" + site + "/zones"))).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(asOperator(get("/api/v1/sites/" + site + "/users"))).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void anotherTenantsSiteIsNotThere() throws Exception {
        jdbc.sql("insert into tenant (id, name) select 79, 'Annan Larm AB' from tenant where id = 1 and not exists (select 1 from tenant where id = 79)")
                .update();
        jdbc.sql("insert into site (tenant_id, name, created_at) values (79, 'Foreign', ?)").param(OffsetDateTime.now()).update();
        long foreign = jdbc.sql("select max(id) from site where tenant_id = 79").query(Long.class).single();
        for (String path : List.of("/details", "/zones", "/users", "/instructions")) {
            mvc.perform(asAdmin(get("/api/v1/sites/" + foreign + path))).andExpect(status().isNotFound());
        }
        mvc.perform(asAdmin(put("/api/v1/sites/" + foreign + "/details")).content(DETAILS)).andExpect(status().isNotFound());
        mvc.perform(asAdmin(put("/api/v1/sites/" + foreign + "/zones")).content("[]")).andExpect(status().isNotFound());
        mvc.perform(asAdmin(put("/api/v1/sites/" + foreign + "/users")).content(USERS)).andExpect(status().isNotFound());
        mvc.perform(asAdmin(put("/api/v1/sites/" + foreign + "/instructions/FIRE"))
                .content("{\"steps\":[{\"action\":\"CALL_EMERGENCY\"}]}")).andExpect(status().isNotFound());
        mvc.perform(asAdmin(delete("/api/v1/sites/" + foreign + "/instructions/FIRE"))).andExpect(status().isNotFound());
        mvc.perform(get("/console/sites/" + foreign).with(httpBasic(ADMIN, "demo-admin"))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from site_user where site_id = ?").param(foreign).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select customer_id from site where id = ?").param(foreign).query(Long.class).optional()).isEmpty();
    }

    @Test
    void anAlarmKeepsTheInstructionItsSiteHadWhenItWasRaised() throws Exception {
        mvc.perform(asAdmin(put("/api/v1/sites/" + site + "/instructions/BURGLARY")).content("""
                {"steps":[{"action":"CALL_CONTACTS"},{"action":"VERIFY_WORD"},
                          {"action":"DISPATCH_GUARD","text":"Dispatch a guard: Avarn"},{"action":"SMS_CUSTOMER","required":false}]}"""))
                .andExpect(status().isOk());
        panelSays("BA03");
        await().until(() -> mine().size() == 1);
        long id = mine().getFirst().id();
        List<String> expected = List.of("Call the contact persons in order", "Verify the caller with the site's verification word",
                "Dispatch a guard: Avarn", "Send the customer an SMS");
        assertThat(alarms.checklist(1, id)).extracting(ChecklistItem::text).containsExactlyElementsOf(expected);

        // The instruction changes while the alarm is open: the open alarm keeps its steps, the next one gets the new.
        mvc.perform(asAdmin(put("/api/v1/sites/" + site + "/instructions/BURGLARY"))
                .content("{\"steps\":[{\"action\":\"NOTE\",\"text\":\"Check the camera first\"},{\"action\":\"CALL_CONTACTS\"}]}"))
                .andExpect(status().isOk());
        alarms.take(1, id, OPERATOR);
        mvc.perform(post("/api/v1/alarms/" + id + "/steps/3").with(httpBasic(OPERATOR, "demo-operator"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"DONE\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$[2].text").value("Dispatch a guard: Avarn")).andExpect(jsonPath("$[2].outcome").value("DONE"));
        assertThat(alarms.checklist(1, id)).extracting(ChecklistItem::text).containsExactlyElementsOf(expected);
        assertThat(alarms.trail(1, id).getLast().detail()).isEqualTo("3. Dispatch a guard: Avarn");
        mvc.perform(asAdmin(delete("/api/v1/sites/" + site + "/instructions/BURGLARY"))).andExpect(status().isOk());
        assertThat(alarms.checklist(1, id)).hasSize(4);
    }

    @Test
    void theConsoleShowsTheSiteAndTheAlarmViewItsBlock() throws Exception {
        mvc.perform(asAdmin(put("/api/v1/sites/" + site + "/details")).content(DETAILS)).andExpect(status().isOk());
        mvc.perform(post("/console/sites/" + site + "/edit/zones").with(httpBasic(ADMIN, "demo-admin")).with(csrf())
                        .param("zone", "01", "03", "").param("zoneName", "Entré", "Vardagsrum", "")
                        .param("zoneType", "DOOR", "MOTION", "DOOR"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/console/sites/" + site + "/edit/users").with(httpBasic(ADMIN, "demo-admin")).with(csrf())
                        .param("number", "1", "").param("name", "Dora", "").param("phone", "", "")
                        .param("code", "12345", "").param("duressCode", "", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("invalid", containsString("users[0].code")));
        mvc.perform(get("/console/sites").with(httpBasic(OPERATOR, "demo-operator")))
                .andExpect(content().string(containsString("/console/sites/" + site + "\"")));
        mvc.perform(get("/console/sites/" + site).with(httpBasic(ADMIN, "demo-admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Dora Dahl")))
                .andExpect(content().string(containsString("value=\"Vardagsrum\"")))
                .andExpect(content().string(containsString("/console/sites/" + site + "/edit/instructions/BURGLARY")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        mvc.perform(get("/console/sites/" + site).locale(java.util.Locale.of("sv")).with(httpBasic(OPERATOR, "demo-operator")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vardagsrum")))
                .andExpect(content().string(containsString("Nyckel finns")))
                .andExpect(content().string(not(containsString("name=\"customerNumber\""))));

        panelSays("BA03");
        await().until(() -> mine().size() == 1);
        mvc.perform(get("/console/alarms/" + mine().getFirst().id()).with(httpBasic(OPERATOR, "demo-operator")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"site-block\"")))
                .andExpect(content().string(containsString("Dora Dahl")))
                .andExpect(content().string(containsString("Storgatan 1, 111 22 Stockholm")))
                .andExpect(content().string(containsString("Porten från gården")))
                .andExpect(content().string(containsString("Avarn")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesRegex(
                        "(?s).*<tr id=\"site-zone-03\" class=\"bad\">.*Vardagsrum.*this alarm.*")))
                .andExpect(content().string(containsString("<tr id=\"site-zone-01\">")));
    }

    List<AlarmView> mine() {
        return alarms.queue(1).stream().filter(a -> a.account().equals(account)).toList();
    }

    private int sequence;

    void panelSays(String event) throws Exception {
        byte[] frame = Dc09Encoder.encode(new Dc09Outgoing("SIA-DCS", ++sequence, "0", "0", account,
                "#" + account + "|N" + event, List.of(), Instant.now()), null, RandomGenerator.of("L64X128MixRandom"));
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
}
