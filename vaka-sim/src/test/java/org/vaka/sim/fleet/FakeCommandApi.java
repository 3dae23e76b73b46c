package org.vaka.sim.fleet;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server's command API as the bench expects it, on a loopback port: every account has a site, every command
 * is pending at the first look and answered at the second.
 */
final class FakeCommandApi implements AutoCloseable {

    record Issued(String siteId, String type, String target, JsonNode code) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN = "Basic YWRtaW5AZGVtby52YWthOmRlbW8tYWRtaW4=";

    final Queue<Issued> issued = new ConcurrentLinkedQueue<>();
    /** Sites whose panel answers every command with this refusal. */
    final Map<String, String> refusingSites = new ConcurrentHashMap<>();
    private final Map<String, String> siteOfCommand = new ConcurrentHashMap<>();
    private final Set<String> lookedAt = ConcurrentHashMap.newKeySet();
    private final HttpServer server;

    FakeCommandApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/api/v1/sites", this::sites);
        server.createContext("/api/v1/commands/", this::command);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void sites(HttpExchange exchange) throws IOException {
        if (!ADMIN.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            respond(exchange, 401, "{\"error\":\"unauthorized\"}");
            return;
        }
        String path = exchange.getRequestURI().getPath();
        if (exchange.getRequestMethod().equals("GET")) {
            String account = URLDecoder.decode(exchange.getRequestURI().getQuery().substring("account=".length()),
                    StandardCharsets.UTF_8);
            respond(exchange, 200, "[{\"id\":" + (Long.parseLong(account) - 199_000) + ",\"name\":\"Fleet house "
                    + account + "\",\"accounts\":[\"" + account + "\"]}]");
            return;
        }
        String siteId = path.split("/")[4];
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        issued.add(new Issued(siteId, body.path("type").asString(), body.path("target").asString(), body.get("code")));
        String id = UUID.randomUUID().toString();
        siteOfCommand.put(id, siteId);
        respond(exchange, 202, "{\"id\":\"" + id + "\",\"status\":\"pending\"}");
    }

    private void command(HttpExchange exchange) throws IOException {
        String id = exchange.getRequestURI().getPath().substring("/api/v1/commands/".length());
        String siteId = siteOfCommand.get(id);
        if (siteId == null) {
            respond(exchange, 404, "{}");
        } else if (lookedAt.add(id)) {
            respond(exchange, 200, "{\"id\":\"" + id + "\",\"status\":\"pending\",\"refusal\":null,\"roundTripMillis\":null}");
        } else if (refusingSites.containsKey(siteId)) {
            respond(exchange, 200, "{\"id\":\"" + id + "\",\"status\":\"failed\",\"refusal\":\""
                    + refusingSites.get(siteId) + "\",\"reason\":\"no\",\"roundTripMillis\":null}");
        } else {
            respond(exchange, 200, "{\"id\":\"" + id + "\",\"siteId\":" + siteId + ",\"status\":\"succeeded\","
                    + "\"refusal\":null,\"reason\":null,\"openZones\":[],\"roundTripMillis\":7}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
