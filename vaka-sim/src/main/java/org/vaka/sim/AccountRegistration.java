package org.vaka.sim;

import java.io.PrintStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes the server know every virtual panel before it sends, as an installer would: one PUT per account, which
 * the server treats as create-or-update, so running the simulator twice is harmless.
 */
public final class AccountRegistration {

    private static final int AT_ONCE = 8;
    private static final int SUPERVISION_SECONDS = 3600;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final VakaApi api;
    private final PrintStream progressOut;

    public AccountRegistration(VakaApi api, PrintStream progressOut) {
        this.api = api;
        this.progressOut = progressOut;
    }

    void register(List<String> accounts, SimOptions options) throws VakaApi.ApiException, InterruptedException {
        register(accounts, AccountTemplate.of(options));
    }

    public void register(List<String> accounts, AccountTemplate template)
            throws VakaApi.ApiException, InterruptedException {
        AtomicInteger done = new AtomicInteger();
        AtomicReference<VakaApi.ApiException> failure = new AtomicReference<>();
        Semaphore slots = new Semaphore(AT_ONCE);
        long start = System.nanoTime();
        long lastShown = start;
        if (!accounts.isEmpty()) {
            // Alone first: it opens the session the parallel ones then share.
            registerOne(accounts.getFirst(), template);
            done.incrementAndGet();
        }
        try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String account : accounts.subList(Math.min(1, accounts.size()), accounts.size())) {
                slots.acquire();
                if (failure.get() != null) {
                    slots.release();
                    break;
                }
                workers.submit(() -> {
                    try {
                        registerOne(account, template);
                        done.incrementAndGet();
                    } catch (VakaApi.ApiException e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        slots.release();
                    }
                });
                long now = System.nanoTime();
                if (now - lastShown >= 1_000_000_000L) {
                    lastShown = now;
                    progressOut.printf(Locale.ROOT, "registering accounts: %d/%d%n", done.get(), accounts.size());
                }
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        progressOut.printf(Locale.ROOT, "registered %d accounts at %s in %.1f s%n", done.get(), api.base(),
                (System.nanoTime() - start) / 1e9);
    }

    static String body(String account, SimOptions options) {
        return body(account, AccountTemplate.of(options));
    }

    static String body(String account, AccountTemplate template) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("account", account);
        body.put("receiver", "0");
        body.put("line", "0");
        if (template.keyText() != null) {
            body.put("key", template.keyText());
        }
        body.put("keyFormat", template.keyFormat().name().toLowerCase(Locale.ROOT));
        body.put("supervisionSeconds", SUPERVISION_SECONDS);
        body.put("siteName", template.siteNamePrefix() + account);
        if (template.brokerPasswordPrefix() != null) {
            body.put("brokerPassword", template.brokerPasswordPrefix() + account);
        }
        return JSON.writeValueAsString(body);
    }

    private void registerOne(String account, AccountTemplate template) throws VakaApi.ApiException {
        String path = "/api/v1/accounts/" + URLEncoder.encode(account, StandardCharsets.UTF_8);
        HttpResponse<String> response = api.put(path, body(account, template));
        int status = response.statusCode();
        if (status / 100 != 2) {
            throw new VakaApi.ApiException("the server refused to register account " + account + ": PUT "
                    + api.base() + path + " answered HTTP " + status + " " + abbreviated(response.body()));
        }
    }

    static String abbreviated(String body) {
        String b = body == null ? "" : body.strip();
        return b.length() > 500 ? b.substring(0, 500) + "..." : b;
    }
}
