package org.vaka.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Holds the server to its ACKs: every (account, sequence) in the acked file must be in the server's signal log as
 * often as it was ACKed. Sequence numbers wrap at 9999 and runs append to the same file, so the same pair may be
 * ACKed more than once and then has to be stored more than once.
 */
final class AckedLogVerification {

    static final int LOG_LIMIT = 100_000;
    private static final int AT_ONCE = 8;
    private static final int MISSING_SHOWN = 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final VakaApi api;
    private final PrintStream out;
    private final PrintStream err;

    AckedLogVerification(VakaApi api, PrintStream out, PrintStream err) {
        this.api = api;
        this.out = out;
        this.err = err;
    }

    /** Exit status: 0 all found, 1 something missing or the server could not be asked, 2 unreadable file. */
    int verify(Path ackedFile) throws InterruptedException {
        Map<String, Map<String, Integer>> acked;
        try {
            acked = readAcked(ackedFile);
        } catch (IOException | IllegalArgumentException e) {
            err.println("vaka-sim: cannot read acked file " + ackedFile + ": " + e.getMessage());
            return 2;
        }
        Map<String, Map<String, Integer>> stored = new HashMap<>();
        try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
            Semaphore slots = new Semaphore(AT_ONCE);
            Map<String, Future<Map<String, Integer>>> logs = new TreeMap<>();
            for (String account : acked.keySet()) {
                logs.put(account, workers.submit(() -> {
                    slots.acquire();
                    try {
                        return fetchLog(account);
                    } finally {
                        slots.release();
                    }
                }));
            }
            for (Map.Entry<String, Future<Map<String, Integer>>> log : logs.entrySet()) {
                try {
                    stored.put(log.getKey(), log.getValue().get());
                } catch (ExecutionException e) {
                    logs.values().forEach(f -> f.cancel(true));
                    err.println("vaka-sim: " + e.getCause().getMessage());
                    return 1;
                }
            }
        }

        long total = 0;
        long found = 0;
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Map<String, Integer>> account : acked.entrySet()) {
            Map<String, Integer> log = stored.getOrDefault(account.getKey(), Map.of());
            for (Map.Entry<String, Integer> signal : account.getValue().entrySet()) {
                int times = signal.getValue();
                int inLog = log.getOrDefault(signal.getKey(), 0);
                total += times;
                found += Math.min(times, inLog);
                if (inLog < times && missing.size() < MISSING_SHOWN) {
                    missing.add(account.getKey() + "," + signal.getKey()
                            + (times > 1 ? " (ACKed " + times + " times, stored " + inLog + ")" : ""));
                }
            }
        }
        long missingCount = total - found;
        out.println("acked signals: " + total + " in " + acked.size() + " accounts; found in the server log: "
                + found + "; missing: " + missingCount);
        if (!missing.isEmpty()) {
            out.println("first missing (account,sequence):");
            missing.forEach(m -> out.println("  " + m));
        }
        out.println("VERIFY acked=" + total + " found=" + found + " missing=" + missingCount);
        return missingCount > 0 ? 1 : 0;
    }

    static Map<String, Map<String, Integer>> readAcked(Path file) throws IOException {
        Map<String, Map<String, Integer>> acked = new TreeMap<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
            lineNumber++;
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            int comma = l.indexOf(',');
            String account = comma > 0 ? l.substring(0, comma) : "";
            String sequence = comma > 0 ? l.substring(comma + 1) : "";
            if (!account.matches("[0-9A-Fa-f]{3,16}") || !sequence.matches("[0-9]{4}")) {
                throw new IllegalArgumentException("line " + lineNumber + " is not 'account,sequence': " + l);
            }
            acked.computeIfAbsent(account, a -> new TreeMap<>()).merge(sequence, 1, Integer::sum);
        }
        return acked;
    }

    private Map<String, Integer> fetchLog(String account) throws VakaApi.ApiException {
        String path = "/api/v1/signals?account=" + URLEncoder.encode(account, StandardCharsets.UTF_8)
                + "&limit=" + LOG_LIMIT;
        HttpResponse<InputStream> response = api.get(path);
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
                throw new VakaApi.ApiException("GET " + api.base() + path + " answered HTTP " + response.statusCode()
                        + " " + AccountRegistration.abbreviated(text));
            }
            JsonNode signals = JSON.readTree(body).path("signals");
            if (!signals.isArray()) {
                throw new VakaApi.ApiException("GET " + api.base() + path + " answered without a 'signals' list");
            }
            if (signals.size() >= LOG_LIMIT) {
                err.println("warning: the log of " + account + " holds " + LOG_LIMIT
                        + " signals or more; only that many were compared");
            }
            Map<String, Integer> counts = new HashMap<>();
            for (JsonNode signal : signals) {
                String signalAccount = signal.path("account").asString(account);
                // the log also holds what the server noted itself (supervision and the like); only panel
                // frames can stand for an ACK the simulator got
                String token = signal.path("token").asString("SIA-DCS");
                if (signalAccount.equalsIgnoreCase(account) && token.equals("SIA-DCS")) {
                    counts.merge(sequenceOf(signal.path("sequence")), 1, Integer::sum);
                }
            }
            return counts;
        } catch (IOException | JacksonException e) {
            throw new VakaApi.ApiException("GET " + api.base() + path + " gave an unreadable answer: " + e.getMessage());
        }
    }

    private static String sequenceOf(JsonNode node) {
        // the API promises the 4-digit text; a number would still mean the same sequence
        return node.isNumber() ? String.format("%04d", node.asInt()) : node.asString("");
    }
}
