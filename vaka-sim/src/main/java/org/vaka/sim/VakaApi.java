package org.vaka.sim;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The few REST calls the simulator makes to the Vaka server, with HTTP Basic authentication. Thread-safe. */
public final class VakaApi implements AutoCloseable {

    private final URI base;
    private final String authorization;
    private final HttpClient http;

    public VakaApi(URI base, String user, String password) {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        // HTTP/1.1: an h2c upgrade attempt buys nothing on loopback and some servers answer it oddly
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                // Keeps the server's session after the first call, so it checks the password hash once,
                // not on each of thousands of registrations.
                .cookieHandler(new java.net.CookieManager())
                .build();
    }

    public URI base() {
        return base;
    }

    public HttpResponse<String> put(String path, String json) throws ApiException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> post(String path, String json) throws ApiException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** @param timeout how long the whole answer may take; more than the server's own wait for a long poll */
    public HttpResponse<String> getText(String pathAndQuery, Duration timeout) throws ApiException {
        return getText(pathAndQuery, timeout, "application/json");
    }

    /** @param accept the media type asked for: the Prometheus endpoint answers text, not JSON */
    public HttpResponse<String> getText(String pathAndQuery, Duration timeout, String accept) throws ApiException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(timeout)
                .header("Authorization", authorization)
                .header("Accept", accept)
                .GET()
                .build();
        return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<InputStream> get(String pathAndQuery) throws ApiException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .GET()
                .build();
        return send(request, HttpResponse.BodyHandlers.ofInputStream());
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) throws ApiException {
        try {
            return http.send(request, body);
        } catch (ConnectException e) {
            throw new ApiException("cannot reach the Vaka API at " + base + " (connection refused): is the server up?");
        } catch (IOException e) {
            throw new ApiException(request.method() + " " + request.uri() + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(request.method() + " " + request.uri() + " interrupted");
        }
    }

    @Override
    public void close() {
        http.close();
    }

    /** A call to the API did not work out; the message says which call and what the server said. */
    public static final class ApiException extends Exception {
        public ApiException(String message) {
            super(message);
        }
    }
}
