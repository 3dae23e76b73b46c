package org.vaka.server.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.vaka.server.identity.CustomerSessions;

/**
 * A browser signed in at the portal holds a session row like an app does; once its owner revokes it (from another
 * device), the browser's HTTP session is ended on its next request.
 */
final class RevokedWebSessionFilter extends OncePerRequestFilter {

    private final CustomerSessions sessions;

    RevokedWebSessionFilter(CustomerSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession http = request.getSession(false);
        Object id = http == null ? null : http.getAttribute(CustomerSessions.CURRENT_SESSION);
        if (id instanceof String sessionId) {
            if (sessions.live(sessionId)) {
                request.setAttribute(CustomerSessions.CURRENT_SESSION, sessionId);
            } else {
                http.invalidate();
                SecurityContextHolder.clearContext();
            }
        }
        chain.doFilter(request, response);
    }
}
