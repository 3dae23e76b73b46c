package org.vaka.sim.fleet;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.vaka.sim.VakaApi;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server's panel command API, as an app uses it: find the site of an account, issue a command to it, and
 * long-poll until the command has its final answer.
 */
final class CommandApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The HTTP request may take the server's whole wait and then some. */
    private static final Duration POLL_SLACK = Duration.ofSeconds(10);

    private final VakaApi api;

    CommandApi(VakaApi api) {
        this.api = api;
    }

    /** {@code GET /api/v1/sites?account=} → the id of the first site the account belongs to. */
    String siteOf(String account) throws VakaApi.ApiException {
        String path = "/api/v1/sites?account=" + URLEncoder.encode(account, StandardCharsets.UTF_8);
        JsonNode sites = json(api.getText(path, Duration.ofSeconds(30)), "GET " + path);
        if (!sites.isArray() || sites.isEmpty() || sites.get(0).path("id").isMissingNode()) {
            throw new VakaApi.ApiException("no site for account " + account + ": GET " + path + " answered "
                    + abbreviated(sites.toString()));
        }
        return sites.get(0).path("id").asString();
    }

    /** {@code POST /api/v1/sites/{siteId}/commands} → the new command's id. */
    String issue(String siteId, String type, String target, String code) throws VakaApi.ApiException {
        String path = "/api/v1/sites/" + URLEncoder.encode(siteId, StandardCharsets.UTF_8) + "/commands";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("target", target);
        body.put("code", code);
        JsonNode issued = json(api.post(path, JSON.writeValueAsString(body)), "POST " + path);
        String id = issued.path("id").asString("");
        if (id.isEmpty()) {
            throw new VakaApi.ApiException("POST " + path + " answered no command id: " + abbreviated(issued.toString()));
        }
        return id;
    }

    /** {@code GET /api/v1/commands/{id}?waitSeconds=}: the command once it is no longer pending, or as it stands. */
    CommandOutcome outcome(String commandId, int waitSeconds) throws VakaApi.ApiException {
        String path = "/api/v1/commands/" + URLEncoder.encode(commandId, StandardCharsets.UTF_8) + "?waitSeconds="
                + waitSeconds;
        JsonNode command = json(api.getText(path, Duration.ofSeconds(waitSeconds).plus(POLL_SLACK)), "GET " + path);
        JsonNode roundTrip = command.path("roundTripMillis");
        return new CommandOutcome(
                command.path("status").asString(""),
                command.path("refusal").isString() ? command.path("refusal").asString() : null,
                command.path("reason").isString() ? command.path("reason").asString() : null,
                roundTrip.isNumber() ? roundTrip.asLong() : null);
    }

    private static JsonNode json(HttpResponse<String> response, String call) throws VakaApi.ApiException {
        if (response.statusCode() / 100 != 2) {
            throw new VakaApi.ApiException(call + " answered HTTP " + response.statusCode() + " "
                    + abbreviated(response.body()));
        }
        try {
            return JSON.readTree(response.body());
        } catch (JacksonException e) {
            throw new VakaApi.ApiException(call + " answered something that is not JSON: " + abbreviated(response.body()));
        }
    }

    private static String abbreviated(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() > 300 ? t.substring(0, 300) + "..." : t;
    }
}
