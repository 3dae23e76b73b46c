package org.vaka.server.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.vaka.server.identity.TwoStepRequiredException;

/**
 * An API caller without valid credentials gets 401, or 429 while its address is locked, as a problem document.
 * No {@code WWW-Authenticate} challenge: a browser would answer one with a password dialog over the portal.
 */
final class ApiEntryPoint implements AuthenticationEntryPoint {

    static final String BASIC_WITH_TWO_STEP = "Two-step verification is on for this login, so HTTP Basic cannot sign it "
            + "in: get a token from POST /api/v1/auth/login with email, password and code, and send it as a bearer token.";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        boolean locked = e instanceof LockedException;
        HttpStatus status = locked ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.UNAUTHORIZED;
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        // HTTP Basic sends no code, so a login with two-step verification on is told where to get a token instead.
        boolean twoStep = e instanceof TwoStepRequiredException;
        String detail = locked ? CustomerAuthentication.LOCKED : twoStep ? BASIC_WITH_TWO_STEP
                : "Sign in: wrong or missing credentials.";
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                + status.value() + ",\"detail\":\"" + detail + "\"" + (twoStep ? ",\"twoStepRequired\":true" : "") + "}");
    }
}
