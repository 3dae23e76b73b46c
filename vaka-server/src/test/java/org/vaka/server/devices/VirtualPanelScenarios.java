package org.vaka.server.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import io.netty.channel.EventLoopGroup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.vaka.server.sites.PanelAccountRegistration;
import org.vaka.server.sites.PanelAccounts;
import org.vaka.sim.mqtt.BrokerLinkThreads;
import org.vaka.sim.panel.CommunicationPath;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * End to end with a real virtual panel from vaka-sim: a command goes from the API through the broker to the
 * panel, and the panel's confirmed state comes back; its refusals come back as clear failures. Each run uses a
 * fresh account number, so retained messages of earlier runs on a shared broker never interfere.
 */
abstract class VirtualPanelScenarios {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static EventLoopGroup links;

    @Autowired MockMvc mvc;
    @Autowired PanelAccounts accounts;
    @Autowired DeviceBroker broker;

    VirtualHouse house;
    long site;

    abstract String brokerHost();

    abstract int brokerPort();

    @BeforeAll
    static void threads() {
        links = BrokerLinkThreads.create(1, "test-panel-mqtt");
    }

    @AfterAll
    static void stopThreads() throws InterruptedException {
        links.shutdownGracefully(0, 1, TimeUnit.SECONDS).await();
    }

    @BeforeEach
    void aHouseWithAPanel() throws Exception {
        String account = "E" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).toUpperCase().substring(0, 7);
        site = accounts.register(1, new PanelAccountRegistration(account, null, null, null, null, 3600, "House " + account,
                "broker-" + account)).account().siteId();
        await().until(broker::connected);
        house = new VirtualHouse(links, brokerHost(), brokerPort(), account, "broker-" + account);
        house.link().ready().get(10, TimeUnit.SECONDS);
        await().untilAsserted(() -> state().andExpect(jsonPath("$.online").value(true))
                .andExpect(jsonPath("$.arming").value("disarmed")));
    }

    @AfterEach
    void leave() {
        house.close();
    }

    ResultActions state() throws Exception {
        return mvc.perform(get("/api/v1/sites/" + site + "/state").with(httpBasic("admin@demo.vaka", "demo-admin")));
    }

    JsonNode command(String body) throws Exception {
        String sent = mvc.perform(post("/api/v1/sites/" + site + "/commands").with(httpBasic("admin@demo.vaka", "demo-admin"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        String id = JSON.readTree(sent).get("id").asString();
        return JSON.readTree(mvc.perform(get("/api/v1/commands/" + id + "?waitSeconds=10")
                .with(httpBasic("admin@demo.vaka", "demo-admin"))).andReturn().getResponse().getContentAsString());
    }

    @Test
    void armAwayReachesThePanelAndItsConfirmedStateComesBack() throws Exception {
        JsonNode armed = command("{\"type\":\"ARM_AWAY\",\"code\":\"123456\"}");
        assertThat(armed.get("status").asString()).isEqualTo("succeeded");
        // The panel publishes its status before its answer: the state is already the confirmed one.
        state().andExpect(jsonPath("$.arming").value("armed_away"));

        assertThat(command("{\"type\":\"PLUG_ON\",\"target\":\"p1\"}").get("status").asString()).isEqualTo("succeeded");
        state().andExpect(jsonPath("$.plugs[0].on").value(true));
        assertThat(command("{\"type\":\"UNLOCK\",\"target\":\"front\",\"code\":\"123456\"}").get("status").asString())
                .isEqualTo("succeeded");
        state().andExpect(jsonPath("$.locks[0].state").value("UNLOCKED"));
        assertThat(command("{\"type\":\"DISARM\",\"code\":\"123456\"}").get("status").asString()).isEqualTo("succeeded");
        state().andExpect(jsonPath("$.arming").value("disarmed"));
    }

    @Test
    void refusalsComeBackAsClearFailures() throws Exception {
        house.openDoor();
        await().untilAsserted(() -> state().andExpect(jsonPath("$.openZones[0].name").value("Front door")));
        JsonNode notReady = command("{\"type\":\"ARM_HOME\",\"code\":\"123456\"}");
        assertThat(notReady.get("status").asString()).isEqualTo("failed");
        assertThat(notReady.get("refusal").asString()).isEqualTo("NOT_READY");
        assertThat(notReady.get("reason").asString()).contains("Front door");
        assertThat(notReady.get("openZones").get(0).get("zone").asInt()).isEqualTo(1);

        JsonNode wrongCode = command("{\"type\":\"UNLOCK\",\"target\":\"front\",\"code\":\"000000\"}");
        assertThat(wrongCode.get("refusal").asString()).isEqualTo("WRONG_CODE");
        state().andExpect(jsonPath("$.arming").value("disarmed")).andExpect(jsonPath("$.locks[0].state").value("LOCKED"));
    }

    @Test
    void onGsmAlonePlugsAreUnavailableAndWithNoPathThePanelIsOffline() throws Exception {
        house.cut(CommunicationPath.ETHERNET);
        await().untilAsserted(() -> state().andExpect(jsonPath("$.paths.ethernet").value(false))
                .andExpect(jsonPath("$.plugs[0].available").value(false)));
        JsonNode plug = command("{\"type\":\"PLUG_ON\",\"target\":\"p1\"}");
        assertThat(plug.get("refusal").asString()).isEqualTo("ETHERNET_REQUIRED");
        // The lock works on GSM.
        assertThat(command("{\"type\":\"LOCK\",\"target\":\"front\"}").get("status").asString()).isEqualTo("succeeded");

        house.cut(CommunicationPath.GSM);
        await().untilAsserted(() -> state().andExpect(jsonPath("$.online").value(false)));
        assertThat(command("{\"type\":\"ARM_AWAY\",\"code\":\"123456\"}").get("refusal").asString()).isEqualTo("PANEL_OFFLINE");

        house.restore(CommunicationPath.ETHERNET);
        await().untilAsserted(() -> state().andExpect(jsonPath("$.online").value(true))
                .andExpect(jsonPath("$.plugs[0].available").value(true)));
        assertThat(command("{\"type\":\"PLUG_ON\",\"target\":\"p1\"}").get("status").asString()).isEqualTo("succeeded");
    }
}
