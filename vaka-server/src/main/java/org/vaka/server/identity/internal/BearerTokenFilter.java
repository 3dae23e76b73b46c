package org.vaka.server.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;
import org.vaka.server.identity.CustomerSessions;

/**
 * {@code Authorization: Bearer <token>} from {@code POST /api/v1/auth/login}: the app's long-lived session. The
 * authentication lives for this request only; nothing is put in an HTTP session. A revoked, expired or unknown
 * token is answered 401 at once.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final CustomerSessions sessions;
    private final AuthenticationEntryPoint entryPoint;

    BearerTokenFilter(CustomerSessions sessions, AuthenticationEntryPoint entryPoint) {
        this.sessions = sessions;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            chain.doFilter(request, response);
            return;
        }
        var found = sessions.authenticate(header.substring(PREFIX.length()).strip());
        if (found.isEmpty()) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("unknown or revoked token"));
            return;
        }
        var login = found.get().login();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(login, null, login.getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.setAttribute(CustomerSessions.CURRENT_SESSION, found.get().sessionId());
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
