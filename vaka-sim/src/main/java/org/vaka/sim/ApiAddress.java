package org.vaka.sim;

import java.net.URI;
import java.net.URISyntaxException;

/** The server's base URL as a user gives it to {@code --api}: checked once, for every command that calls the API. */
public final class ApiAddress {

    private ApiAddress() {
    }

    public static URI parse(String value) throws UsageException {
        try {
            URI uri = new URI(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new UsageException("--api must be an http(s) URL like http://127.0.0.1:8080: '" + value + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new UsageException("--api is not a URL: '" + value + "'");
        }
    }
}
