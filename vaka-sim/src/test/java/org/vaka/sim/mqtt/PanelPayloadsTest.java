package org.vaka.sim.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vaka.protocol.mqtt.PanelCommand;
import org.vaka.protocol.mqtt.PanelCommandResult;
import org.vaka.protocol.mqtt.PanelStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PanelPayloadsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsACommandAndIgnoresFieldsItDoesNotKnow() throws Exception {
        PanelCommand command = PanelPayloads.command(bytes(
                "{\"id\":\"c1\",\"type\":\"UNLOCK\",\"target\":\"front\",\"code\":\"123456\",\"via\":\"app\"}"));

        assertThat(command).isEqualTo(new PanelCommand("c1", "UNLOCK", "front", "123456"));
    }

    @Test
    void notJsonHasNoIdToEcho() {
        UnreadableCommandException e = catchThrowableOfType(UnreadableCommandException.class,
                () -> PanelPayloads.command(bytes("ARM_AWAY 123456")));

        assertThat(e.commandId()).isNull();
        assertThat(e.getMessage()).contains("not JSON").doesNotContain("123456");
    }

    @Test
    void jsonThatIsNoObjectIsUnreadable() {
        assertThat(catchThrowableOfType(UnreadableCommandException.class,
                () -> PanelPayloads.command(bytes("[1,2]"))).getMessage()).contains("not a JSON object");
        assertThat(catchThrowableOfType(UnreadableCommandException.class,
                () -> PanelPayloads.command(bytes("")))).isNotNull();
    }

    @Test
    void anObjectWithFieldsOfTheWrongKindKeepsItsIdButNeverTheCode() {
        UnreadableCommandException e = catchThrowableOfType(UnreadableCommandException.class,
                () -> PanelPayloads.command(bytes("{\"id\":\"c7\",\"type\":{\"x\":1},\"code\":\"654321\"}")));

        assertThat(e.commandId()).isEqualTo("c7");
        assertThat(e.getMessage()).doesNotContain("654321");
    }

    @Test
    void statusAndResultAreTheContractsJson() {
        PanelStatus status = new PanelStatus("armed_home", true, 97, new PanelStatus.Paths(true, false),
                List.of(new PanelStatus.OpenZone(2, "Window")), List.of(new PanelStatus.Plug("p1", "Lamp", true)),
                List.of(new PanelStatus.Lock("front", "Front door", "LOCKED")),
                List.of(new PanelStatus.Temperature(3, "Hall", 21.5)), "2026-01-01T00:00:00Z");

        JsonNode json = JSON.readTree(PanelPayloads.status(status));
        assertThat(json.path("arming").asString()).isEqualTo("armed_home");
        assertThat(json.path("paths").path("gsm").asBoolean()).isFalse();
        assertThat(json.path("plugs").get(0).path("on").asBoolean()).isTrue();
        assertThat(json.path("temperatures").get(0).path("celsius").asDouble()).isEqualTo(21.5);
        assertThat(JSON.readValue(PanelPayloads.status(status), PanelStatus.class)).isEqualTo(status);

        PanelCommandResult result = PanelCommandResult.refused("c1", org.vaka.protocol.mqtt.Refusal.WRONG_CODE, "wrong code");
        assertThat(JSON.readValue(PanelPayloads.result(result), PanelCommandResult.class)).isEqualTo(result);
    }

    @Test
    void homeAssistantTexts() {
        assertThat(PanelPayloads.onOff(true)).isEqualTo("ON");
        assertThat(PanelPayloads.celsius(21.04)).isEqualTo("21.0");
    }
}
