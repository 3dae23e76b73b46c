package org.vaka.server.notify.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.vaka.server.notify.NotifySettings;

import tools.jackson.databind.json.JsonMapper;

/**
 * SMS through any provider that takes a JSON POST {@code {"to","from","text"}}, with an optional bearer token
 * (docs/NOTIFICATIONS.md). 2xx is sent; 408 and 429 and every 5xx, timeout or broken connection may pass, so
 * they are retried; any other 4xx means the request itself is wrong and is not repeated.
 */
final class HttpSmsProvider implements SmsProvider {

    /** Enough of the provider's answer to tell what it meant, without filling the log with an HTML error page. */
    private static final int ANSWER_SHOWN = 200;

    private final NotifySettings.Sms settings;
    private final URI url;
    private final HttpClient http;
    private final JsonMapper json;

    HttpSmsProvider(NotifySettings.Sms settings, JsonMapper json) {
        this.settings = settings;
        this.url = URI.create(settings.url().strip());
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
        this.json = json;
    }

    @Override
    public Delivery send(String phone, String text) {
        Map<String, String> message = new LinkedHashMap<>();
        message.put("to", phone);
        message.put("from", settings.from());
        message.put("text", text);
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(settings.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(message), StandardCharsets.UTF_8));
        if (!settings.token().isBlank()) {
            request.header("Authorization", "Bearer " + settings.token());
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            int status = response.statusCode();
            String detail = "HTTP " + status + answer(response.body());
            if (status >= 200 && status < 300) {
                return Delivery.sent(detail);
            }
            if (status >= 400 && status < 500 && status != 408 && status != 429) {
                return Delivery.refused(detail);
            }
            return Delivery.retry(detail);
        } catch (HttpTimeoutException e) {
            return Delivery.retry("no answer from the SMS provider within " + settings.timeout().toSeconds() + " s");
        } catch (IOException e) {
            return Delivery.retry("SMS provider unreachable: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // shutting down: the message is tried again after the restart
            return Delivery.retry("interrupted while sending");
        }
    }

    private static String answer(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String flat = body.strip().replaceAll("\\s+", " ");
        return ": " + (flat.length() > ANSWER_SHOWN ? flat.substring(0, ANSWER_SHOWN) + "…" : flat);
    }

    @Override
    public String describe() {
        // The host only: a URL may carry a key in its query or user part.
        return "an HTTP provider at " + url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
    }
}
