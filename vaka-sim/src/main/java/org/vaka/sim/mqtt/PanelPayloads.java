package org.vaka.sim.mqtt;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.vaka.protocol.mqtt.PanelCommand;
import org.vaka.protocol.mqtt.PanelCommandResult;
import org.vaka.protocol.mqtt.PanelStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON of the panel's side of the MQTT contract, and the plain text of its Home Assistant topics. */
final class PanelPayloads {

    private static final String EXPECTED = "expected JSON like {\"id\":\"...\",\"type\":\"ARM_AWAY\",\"target\":null,"
            + "\"code\":\"......\"}";

    // Lenient about extra fields: a Home Assistant template or a newer server may send more than we know.
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private PanelPayloads() {
    }

    static PanelCommand command(byte[] payload) throws UnreadableCommandException {
        JsonNode tree;
        try {
            tree = JSON.readTree(payload);
        } catch (JacksonException e) {
            // Jackson's own message may quote the payload, and with it a code: say only what kind of fault it is.
            throw new UnreadableCommandException(null, "the panel could not read the command: not JSON; " + EXPECTED);
        }
        if (tree == null || !tree.isObject()) {
            throw new UnreadableCommandException(null, "the panel could not read the command: not a JSON object; "
                    + EXPECTED);
        }
        JsonNode idNode = tree.get("id");
        String id = idNode != null && idNode.isValueNode() && !idNode.isNull() ? idNode.asString() : null;
        try {
            return JSON.treeToValue(tree, PanelCommand.class);
        } catch (JacksonException e) {
            throw new UnreadableCommandException(id, "the panel could not read the command: a field is not a "
                    + "string; " + EXPECTED);
        }
    }

    static byte[] status(PanelStatus status) {
        return JSON.writeValueAsBytes(status);
    }

    static byte[] result(PanelCommandResult result) {
        return JSON.writeValueAsBytes(result);
    }

    static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String onOff(boolean on) {
        return on ? "ON" : "OFF";
    }

    /** One decimal, with a point whatever the machine's locale, as Home Assistant parses it. */
    static String celsius(double celsius) {
        return String.format(Locale.ROOT, "%.1f", celsius);
    }
}
