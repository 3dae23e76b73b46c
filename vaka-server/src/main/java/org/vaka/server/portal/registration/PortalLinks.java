package org.vaka.server.portal.registration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Absolute links into the portal for e-mails, which are read far from the request that caused them. */
@Component
public class PortalLinks {

    private final String baseUrl;

    PortalLinks(@Value("${vaka.portal.base-url:http://localhost:8080}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String to(String path, String token) {
        return baseUrl + path + "?token=" + token;
    }
}
