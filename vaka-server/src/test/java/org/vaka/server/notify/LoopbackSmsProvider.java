package org.vaka.server.notify;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.json.JsonMapper;

/**
 * A real SMS provider's HTTP endpoint on a loopback port: takes the JSON POST, keeps what it got, and answers with the
 * statuses a test scripted for that phone number (200 when none is left). Can be stopped and started again on the
 * same port, to be unreachable for a while.
 */
public final class LoopbackSmsProvider {

    public record Received(String to, String from, String text, String authorization, String contentType) {
    }

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Integer>> answers = new ConcurrentHashMap<>();
    private HttpServer server;

    private LoopbackSmsProvider() {
    }

    public static LoopbackSmsProvider start() {
        LoopbackSmsProvider provider = new LoopbackSmsProvider();
        provider.listen(0);
        return provider;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/sms";
    }

    /** The next answers to messages for this phone, in order. */
    void answer(String phone, Integer... statuses) {
        answers.computeIfAbsent(phone, p -> new ArrayDeque<>()).addAll(List.of(statuses));
    }

    public List<Received> receivedFor(String phone) {
        return received.stream().filter(r -> phone.equals(r.to())).toList();
    }

    synchronized void stop() {
        server.stop(0);
    }

    synchronized void restart() {
        listen(server.getAddress().getPort());
    }

    private void listen(int onPort) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 16);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/v1/sms", this::handle);
        server.start();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            @SuppressWarnings("unchecked")
            Map<String, String> body = json.readValue(new String(in.readAllBytes(), StandardCharsets.UTF_8), Map.class);
            String to = body.get("to");
            received.add(new Received(to, body.get("from"), body.get("text"),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type")));
            Deque<Integer> scripted = answers.get(to);
            Integer next = scripted == null ? null : scripted.poll();
            int status = next == null ? 200 : next;
            byte[] answer = (status == 200 ? "{\"id\":\"msg-" + received.size() + "\"}" : "{\"error\":\"status " + status + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            // No keep-alive: a pooled connection to a stopped server would fail the next test's first attempt.
            exchange.getResponseHeaders().add("Connection", "close");
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
        }
    }
}
