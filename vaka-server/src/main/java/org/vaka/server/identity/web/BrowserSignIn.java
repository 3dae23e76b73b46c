package org.vaka.server.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.vaka.server.identity.CustomerPrincipal;
import org.vaka.server.identity.CustomerSessions;
import org.vaka.server.identity.PendingSignIn;

/**
 * Signs a browser in after a step that Spring Security's form login does not take itself (the code, or a passkey):
 * a fresh session id, the same {@link CustomerPrincipal} a password sign-in gives, and the session listed among the
 * customer's signed-in devices, exactly as the form login's success handler does.
 */
@Component
class BrowserSignIn {

    private final CustomerSessions sessions;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    BrowserSignIn(CustomerSessions sessions) {
        this.sessions = sessions;
    }

    void signIn(CustomerPrincipal customer, HttpServletRequest request, HttpServletResponse response) {
        PendingSignIn.end(request);
        request.getSession();
        request.changeSessionId();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(customer, null, customer.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        String id = sessions.open(customer, CustomerSessions.WEB, request.getHeader("User-Agent")).id();
        request.getSession().setAttribute(CustomerSessions.CURRENT_SESSION, id);
    }
}
