package org.vaka.server.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * An API caller without valid credentials gets 401, or 429 while its address is locked, as a problem document.
 * No {@code WWW-Authenticate} challenge: a browser would answer one with a password dialog over the portal.
 */
final class ApiEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        boolean locked = e instanceof LockedException;
        HttpStatus status = locked ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.UNAUTHORIZED;
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        String detail = locked ? CustomerAuthentication.LOCKED : "Sign in: wrong or missing credentials.";
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                + status.value() + ",\"detail\":\"" + detail + "\"}");
    }
}
