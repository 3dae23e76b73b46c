package org.vaka.server.identity;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who passkeys are made for: the portal's host is the WebAuthn relying party id and its origin the only one a
 * passkey may be used from, both from {@code vaka.portal.base-url}, the address customers reach the portal at.
 */
@Component
class RelyingParty {

    static final String NAME = "Vaka";

    private final String id;
    private final String origin;

    RelyingParty(@Value("${vaka.portal.base-url:http://localhost:8080}") String baseUrl) {
        URI uri = URI.create(baseUrl.strip());
        this.id = uri.getHost();
        this.origin = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }

    String id() {
        return id;
    }

    String origin() {
        return origin;
    }
}
