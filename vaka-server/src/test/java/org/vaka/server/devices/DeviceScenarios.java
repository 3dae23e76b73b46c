package org.vaka.server.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.paho.client.mqttv3.MqttException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.vaka.protocol.mqtt.PanelCommandResult;
import org.vaka.protocol.mqtt.PanelStatus;
import org.vaka.protocol.mqtt.PanelTopics;
import org.vaka.protocol.mqtt.Refusal;
import org.vaka.server.sites.Sites;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Commands down to panels through the embedded broker, on a real MQTT connection, against the server's database.
 * The panels here are scripted so every answer a panel can give is covered; the command timeout is one second.
 */
abstract class DeviceScenarios {

    static final String ADMIN = "admin@demo.vaka";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;
    @Autowired DeviceBroker broker;
    @Autowired Sites sites;
    @Autowired JdbcClient jdbc;

    private final List<ScriptedPanel> panels = new java.util.ArrayList<>();

    @AfterEach
    void disconnectPanels() throws MqttException {
        for (ScriptedPanel panel : panels) {
            panel.close();
        }
    }

    String brokerUrl() {
        return "tcp://127.0.0.1:" + broker.embeddedPort();
    }

    ScriptedPanel panel(String account) throws MqttException {
        await().until(broker::connected);
        ScriptedPanel panel = new ScriptedPanel(brokerUrl(), account, "demo-broker-" + account);
        panels.add(panel);
        return panel;
    }

    long siteOf(String account) {
        return sites.list(1, account).getFirst().id();
    }

    JsonNode send(long siteId, String body) throws Exception {
        String json = mvc.perform(post("/api/v1/sites/" + siteId + "/commands").with(httpBasic(ADMIN, "demo-admin"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        return JSON.readTree(json);
    }

    JsonNode outcome(JsonNode command) throws Exception {
        String json = mvc.perform(get("/api/v1/commands/" + command.get("id").asString() + "?waitSeconds=5")
                        .with(httpBasic(ADMIN, "demo-admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JSON.readTree(json);
    }

    ResultActions state(long siteId) throws Exception {
        return mvc.perform(get("/api/v1/sites/" + siteId + "/state").with(httpBasic(ADMIN, "demo-admin")));
    }

    @Test
    void theAnswerOfThePanelComesBackToWhoeverAsked() throws Exception {
        ScriptedPanel panel = panel("1234").answering(c -> PanelCommandResult.done(c.id())).online();
        panel.status(ScriptedPanel.status("disarmed", true, List.of(new PanelStatus.Plug("p1", "Coffee maker", false)), List.of()));
        long site = siteOf("1234");
        await().untilAsserted(() -> state(site).andExpect(jsonPath("$.online").value(true))
                .andExpect(jsonPath("$.arming").value("disarmed")));

        JsonNode sent = send(site, """
                {"type":"ARM_AWAY","code":"123456"}""");
        assertThat(sent.get("status").asString()).isEqualTo("pending");
        JsonNode done = outcome(sent);
        assertThat(done.get("status").asString()).isEqualTo("succeeded");
        assertThat(done.get("issuedBy").asString()).isEqualTo(ADMIN);
        assertThat(done.get("roundTripMillis").asInt()).isBetween(0, 5000);
        assertThat(panel.received).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo("ARM_AWAY");
            assertThat(c.code()).isEqualTo("123456");
            assertThat(c.id()).isEqualTo(sent.get("id").asString());
        });

        // The site's history keeps it, with who sent it, also once it has left memory.
        await().untilAsserted(() -> assertThat(jdbc.sql("select status from device_command where id = ?")
                .param(sent.get("id").asString()).query(String.class).single()).isEqualTo("SUCCEEDED"));
        mvc.perform(get("/api/v1/sites/" + site + "/commands").with(httpBasic(ADMIN, "demo-admin")))
                .andExpect(jsonPath("$[0].id").value(sent.get("id").asString()))
                .andExpect(jsonPath("$[0].issuedBy").value(ADMIN))
                .andExpect(jsonPath("$[0].status").value("succeeded"));
    }

    @Test
    void theConsoleShowsTheSiteAndTheConfirmedOutcomeOfACommand() throws Exception {
        ScriptedPanel panel = panel("1234").answering(c -> PanelCommandResult.done(c.id())).online();
        panel.status(ScriptedPanel.status("armed_home", true, List.of(new PanelStatus.Plug("p1", "Coffee maker", true)), List.of()));
        long site = siteOf("1234");
        await().untilAsserted(() -> state(site).andExpect(jsonPath("$.arming").value("armed_home")));
        mvc.perform(get("/console/sites").with(httpBasic("operator@demo.vaka", "demo-operator")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("Villa Solbacken"),
                                org.hamcrest.Matchers.containsString("armed_home"),
                                org.hamcrest.Matchers.containsString("Coffee maker"))));
        var sent = mvc.perform(post("/console/sites/" + site + "/commands").with(httpBasic("operator@demo.vaka", "demo-operator"))
                        .param("type", "DISARM").param("code", "123456"))
                .andExpect(status().is3xxRedirection()).andReturn();
        CommandView outcome = (CommandView) sent.getFlashMap().get("outcome");
        assertThat(outcome.status()).isEqualTo(CommandStatus.SUCCEEDED);
        assertThat(outcome.issuedBy()).isEqualTo("operator@demo.vaka");
        var invalid = mvc.perform(post("/console/sites/" + site + "/commands").with(httpBasic("operator@demo.vaka", "demo-operator"))
                        .param("type", "DISARM").param("code", "12"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(invalid.getFlashMap().get("invalid")).asString().contains("6 digits");
        mvc.perform(get("/console/sites/" + site + "/commands").with(httpBasic("operator@demo.vaka", "demo-operator")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("operator@demo.vaka")));
    }

    @Test
    void aRefusalNamesItsReasonAndTheOpenZones() throws Exception {
        panel("1234").online().answering(c -> PanelCommandResult.notReady(c.id(), "not ready: open zones 1 Front door",
                List.of(new PanelStatus.OpenZone(1, "Front door"))));
        JsonNode done = outcome(send(siteOf("1234"), """
                {"type":"ARM_HOME","code":"123456"}"""));
        assertThat(done.get("status").asString()).isEqualTo("failed");
        assertThat(done.get("refusal").asString()).isEqualTo("NOT_READY");
        assertThat(done.get("reason").asString()).contains("Front door");
        assertThat(done.get("openZones").get(0).get("zone").asInt()).isEqualTo(1);
    }

    @Test
    void aPanelThatDoesNotAnswerTimesOut() throws Exception {
        ScriptedPanel silent = panel("1234").online(); // takes commands, never answers
        JsonNode sent = send(siteOf("1234"), """
                {"type":"DISARM","code":"123456"}""");
        JsonNode done = outcome(sent);
        assertThat(done.get("status").asString()).isEqualTo("failed");
        assertThat(done.get("refusal").asString()).isEqualTo(Refusal.TIMED_OUT.name());
        assertThat(done.get("reason").asString()).contains("no answer");
        assertThat(silent.received).hasSize(1);
    }

    @Test
    void anOfflinePanelFailsAtOnceAndTheCommandIsStillInTheHistory() throws Exception {
        long site = siteOf("9ABC");
        JsonNode sent = send(site, """
                {"type":"ARM_AWAY","code":"123456"}""");
        assertThat(sent.get("status").asString()).isEqualTo("failed");
        assertThat(sent.get("refusal").asString()).isEqualTo("PANEL_OFFLINE");
        mvc.perform(get("/api/v1/sites/" + site + "/commands").with(httpBasic(ADMIN, "demo-admin")))
                .andExpect(jsonPath("$[0].refusal").value("PANEL_OFFLINE"));
    }

    @Test
    void thePanelGoesOfflineWhenItsConnectionDrops() throws Exception {
        ScriptedPanel panel = panel("5678").online();
        long site = siteOf("5678");
        await().untilAsserted(() -> state(site).andExpect(jsonPath("$.online").value(true)));
        panel.close();
        await().untilAsserted(() -> state(site).andExpect(jsonPath("$.online").value(false)));
    }

    @Test
    void plugsNeedEthernetAndTheStateSaysSo() throws Exception {
        ScriptedPanel panel = panel("5678").answering(c -> PanelCommandResult.done(c.id())).online();
        panel.status(ScriptedPanel.status("armed_home", false, List.of(new PanelStatus.Plug("p1", "Lamp", true)),
                List.of(new PanelStatus.Lock("front", "Front door", "LOCKED"))));
        long site = siteOf("5678");
        await().untilAsserted(() -> state(site).andExpect(jsonPath("$.arming").value("armed_home"))
                .andExpect(jsonPath("$.plugs[0].available").value(false))
                .andExpect(jsonPath("$.temperatures[0].available").value(false))
                .andExpect(jsonPath("$.locks[0].state").value("LOCKED"))
                .andExpect(jsonPath("$.unavailableReason").value(org.hamcrest.Matchers.containsString("GSM only"))));

        JsonNode plug = send(site, """
                {"type":"PLUG_OFF","target":"p1"}""");
        assertThat(plug.get("refusal").asString()).isEqualTo("ETHERNET_REQUIRED");
        assertThat(plug.get("reason").asString()).contains("Ethernet");
        // Locks work on GSM.
        assertThat(outcome(send(site, """
                {"type":"UNLOCK","target":"front","code":"123456"}""")).get("status").asString()).isEqualTo("succeeded");
        JsonNode unknown = send(site, """
                {"type":"LOCK","target":"back"}""");
        assertThat(unknown.get("refusal").asString()).isEqualTo("UNKNOWN_DEVICE");
        assertThat(unknown.get("reason").asString()).contains("front");
        assertThat(panel.received).hasSize(1);
    }

    @Test
    void malformedCommandsAreRefusedWithTheFieldAndNothingIsStored() throws Exception {
        long site = siteOf("1234");
        int before = jdbc.sql("select count(*) from device_command").query(Integer.class).single();
        for (String[] bad : new String[][] {
                {"{\"type\":\"SELF_DESTRUCT\"}", "type"},
                {"{\"type\":\"DISARM\"}", "code"},
                {"{\"type\":\"DISARM\",\"code\":\"12ab\"}", "code"},
                {"{\"type\":\"PLUG_ON\"}", "target"},
                {"{\"type\":\"ARM_AWAY\",\"target\":\"p1\"}", "target"}}) {
            mvc.perform(post("/api/v1/sites/" + site + "/commands").with(httpBasic(ADMIN, "demo-admin"))
                            .contentType(MediaType.APPLICATION_JSON).content(bad[0]))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value(bad[1]));
        }
        assertThat(jdbc.sql("select count(*) from device_command").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void anotherTenantsSiteAndCommandsAreNotThere() throws Exception {
        jdbc.sql("insert into tenant (id, name) values (77, 'Other AB')").update();
        jdbc.sql("insert into site (tenant_id, name, created_at) values (77, 'Not yours', ?)").param(OffsetDateTime.now()).update();
        long foreign = jdbc.sql("select id from site where tenant_id = 77").query(Long.class).single();
        state(foreign).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/sites/" + foreign + "/commands").with(httpBasic(ADMIN, "demo-admin"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"type\":\"ARM_AWAY\",\"code\":\"123456\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/commands/not-a-command").with(httpBasic(ADMIN, "demo-admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/sites?account=1234").with(httpBasic(ADMIN, "demo-admin")))
                .andExpect(jsonPath("$[0].accounts[0]").value("1234"));
        mvc.perform(get("/api/v1/sites/" + siteOf("1234") + "/state")).andExpect(status().isUnauthorized());
    }

    @Test
    void aPanelCannotUseAnotherPanelsTopics() throws Exception {
        ScriptedPanel honest = panel("5678").online();
        honest.status(ScriptedPanel.status("disarmed", true, List.of(), List.of()));
        ScriptedPanel intruder = panel("1234").online();
        long site5678 = siteOf("5678");
        await().untilAsserted(() -> state(site5678).andExpect(jsonPath("$.arming").value("disarmed")));

        // Forged state and a forged answer for 5678, then something legitimate of its own, which arrives after them.
        intruder.forge(PanelTopics.of("5678").status(), JSON.writeValueAsString(
                ScriptedPanel.status("triggered", true, List.of(), List.of())));
        intruder.forge(PanelTopics.of("5678").availability(), PanelTopics.OFFLINE);
        intruder.status(ScriptedPanel.status("armed_away", true, List.of(), List.of()));
        await().untilAsserted(() -> state(siteOf("1234")).andExpect(jsonPath("$.arming").value("armed_away")));
        state(site5678).andExpect(jsonPath("$.arming").value("disarmed")).andExpect(jsonPath("$.online").value(true));

        // Nor may it overhear another panel's commands: 5678 gets its command, the intruder nothing.
        intruder.listen(PanelTopics.of("5678").command());
        send(site5678, """
                {"type":"ARM_AWAY","code":"123456"}""");
        await().until(() -> honest.received.size() == 1);
        intruder.status(ScriptedPanel.status("disarmed", true, List.of(), List.of())); // one more trip through the broker
        await().untilAsserted(() -> state(siteOf("1234")).andExpect(jsonPath("$.arming").value("disarmed")));
        assertThat(intruder.overheard).isEmpty();
    }

    @Test
    void aPanelWithTheWrongPasswordIsNotLetIn() {
        assertThatThrownBy(() -> new ScriptedPanel(brokerUrl(), "1234", "not-the-password").close())
                .isInstanceOf(MqttException.class);
        assertThatThrownBy(() -> new ScriptedPanel(brokerUrl(), "vaka-server", "guess").close())
                .isInstanceOf(MqttException.class);
    }

}
