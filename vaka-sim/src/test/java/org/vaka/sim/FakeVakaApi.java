package org.vaka.sim;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/** The slice of the Vaka REST API the simulator uses, served from the test on a loopback port. */
final class FakeVakaApi implements AutoCloseable {

    record Call(String method, String uri, String authorization, String body) { }

    final Queue<Call> calls = new ConcurrentLinkedQueue<>();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger mostInFlight = new AtomicInteger();
    /** account -> the sequences in its signal log */
    final Map<String, List<String>> signalLog = new ConcurrentHashMap<>();
    volatile int registrationStatus = 201;
    volatile String registrationRefusal = "";

    private final HttpServer server;

    FakeVakaApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/api/v1/accounts/", this::account);
        server.createContext("/api/v1/signals", this::signals);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void account(HttpExchange exchange) throws IOException {
        int now = inFlight.incrementAndGet();
        mostInFlight.accumulateAndGet(now, Math::max);
        try {
            record(exchange);
            if (registrationStatus / 100 == 2) {
                respond(exchange, registrationStatus, "{}");
            } else {
                respond(exchange, registrationStatus, registrationRefusal);
            }
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private void signals(HttpExchange exchange) throws IOException {
        Call call = record(exchange);
        Map<String, String> query = java.util.Arrays.stream(exchange.getRequestURI().getQuery().split("&"))
                .map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> p[1]));
        if (!"Basic YWRtaW5AZGVtby52YWthOmRlbW8tYWRtaW4=".equals(call.authorization())) {
            respond(exchange, 401, "{\"error\":\"unauthorized\"}");
            return;
        }
        String account = query.get("account");
        String signals = signalLog.getOrDefault(account, List.of()).stream()
                .map(seq -> "{\"account\":\"" + account + "\",\"sequence\":\"" + seq
                        + "\",\"token\":\"SIA-DCS\",\"code\":\"RP\",\"zone\":null}")
                .collect(Collectors.joining(","));
        // a signal the server noted itself, with a sequence that must not count for the panel's frames
        signals = signals.isEmpty() ? signals : signals + ",{\"account\":\"" + account
                + "\",\"sequence\":\"0002\",\"token\":\"VAKA\",\"code\":\"YS\"}";
        respond(exchange, 200, "{\"account\":\"" + account + "\",\"signals\":[" + signals + "]}");
    }

    private Call record(HttpExchange exchange) throws IOException {
        Call call = new Call(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                exchange.getRequestHeaders().getFirst("Authorization"),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        calls.add(call);
        return call;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
