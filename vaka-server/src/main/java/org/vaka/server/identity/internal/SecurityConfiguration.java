package org.vaka.server.identity.internal;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.vaka.server.identity.CustomerLogins;
import org.vaka.server.identity.CustomerPrincipal;
import org.vaka.server.identity.CustomerRole;
import org.vaka.server.identity.CustomerSessions;
import org.vaka.server.identity.PendingSignIn;
import org.vaka.server.identity.TwoStepRequiredException;
import org.vaka.server.identity.TwoStepVerification;

/**
 * Who may reach what. Two chains: the customers' portal (its own sign-in page, HTTP Basic and the app's bearer
 * tokens) and everything else, for the centre's staff. Both sign people in through one authentication manager, so a
 * customer who calls a staff endpoint is known and refused (403), and so is a member of staff at the portal: a
 * customer holds only {@code ROLE_CUSTOMER*}, staff only {@code ROLE_OPERATOR}/{@code ROLE_ADMIN}.
 * Browsers sign in with a form (CSRF-protected); a request that carries its own credentials cannot be forged
 * cross-site, so CSRF is only waived for those.
 */
@Configuration
class SecurityConfiguration {

    private static final RequestMatcher CARRIES_CREDENTIALS = request -> request.getHeader("Authorization") != null;
    private static final RequestMatcher API = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    /** An API call without a session cookie can only be authenticated by what it carries, so it cannot be forged. */
    private static final RequestMatcher API_WITHOUT_SESSION = request -> API.matches(request) && request.getRequestedSessionId() == null;
    private static final RequestMatcher APP_LOGIN = request -> HttpMethod.POST.matches(request.getMethod())
            && request.getRequestURI().equals(request.getContextPath() + "/api/v1/auth/login");

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** Staff first: their calls (many, from tools with HTTP Basic) then never pay for the customers' throttle. */
    @Bean
    AuthenticationManager authenticationManager(StaffUserDetailsService staff, CustomerLogins customers,
                                                LoginThrottle throttle, PasswordEncoder passwords,
                                                TwoStepVerification twoStep) {
        DaoAuthenticationProvider staffProvider = new DaoAuthenticationProvider(staff);
        staffProvider.setPasswordEncoder(passwords);
        return new ProviderManager(staffProvider, new CustomerAuthentication(customers, throttle, passwords, twoStep),
                new SecondStepAuthentication(customers, throttle, twoStep));
    }

    @Bean
    @Order(1)
    SecurityFilterChain portal(HttpSecurity http, AuthenticationManager authentication, CustomerSessions sessions,
                               Clock clock) throws Exception {
        ApiEntryPoint apiEntryPoint = new ApiEntryPoint();
        var signIn = new LoginUrlAuthenticationEntryPoint("/portal/login");
        http.securityMatcher("/portal", "/portal/**", "/api/v1/portal/**", "/api/v1/auth/**")
                .authenticationManager(authentication)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/portal/login").permitAll()
                        // The code step after the password, and signing in with a passkey instead of a password.
                        .requestMatchers("/portal/login/verify", "/portal/login/passkey/**",
                                "/api/v1/auth/passkeys/sign-in", "/api/v1/auth/passkeys/sign-in/**").permitAll()
                        // What makes the portal an installable app: the manifest, its icon and the service worker.
                        .requestMatchers("/portal/manifest.webmanifest", "/portal/icon.svg", "/portal/sw.js").permitAll()
                        // The invitee has no login yet: the one-time link is what lets them in.
                        .requestMatchers("/portal/invite").permitAll()
                        // A new customer's welcome comes before any login: its link is the key.
                        .requestMatchers("/portal/welcome", "/portal/welcome/**", "/api/v1/auth/welcome/**").permitAll()
                        // Registering and resetting a password are for people who cannot sign in yet.
                        .requestMatchers("/portal/register", "/portal/register/**", "/portal/forgot", "/portal/reset",
                                "/api/v1/auth/register/**", "/api/v1/auth/password-reset/**").permitAll()
                        // A new e-mail address is proven by its link, often opened in another browser: the link is the key.
                        .requestMatchers("/portal/email-change", "/api/v1/auth/email-change/confirm").permitAll()
                        .requestMatchers(APP_LOGIN).permitAll()
                        // An app-only user has the API (and so the app), not the web pages.
                        .requestMatchers("/portal", "/portal/**").hasAnyAuthority(CustomerRole.OWNER.authority(),
                                CustomerRole.ADMINISTRATOR.authority(), CustomerRole.USER.authority())
                        .anyRequest().hasAuthority(CustomerRole.CUSTOMER_AUTHORITY))
                .formLogin(form -> form.loginPage("/portal/login")
                        .successHandler((request, response, auth) -> {
                            if (auth.getPrincipal() instanceof CustomerPrincipal customer) {
                                trackBrowserSession(request, customer, sessions);
                            }
                            response.sendRedirect(request.getContextPath() + "/portal");
                        })
                        .failureHandler((request, response, e) -> {
                            if (e instanceof TwoStepRequiredException twoStep) {
                                PendingSignIn.begin(request, twoStep.login(), clock);
                                response.sendRedirect(request.getContextPath() + "/portal/login/verify");
                                return;
                            }
                            response.sendRedirect(request.getContextPath()
                                    + (e instanceof LockedException ? "/portal/login?locked" : "/portal/login?error"));
                        })
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/portal/logout").logoutSuccessUrl("/portal/login?logout")
                        .addLogoutHandler((request, response, auth) -> revokeBrowserSession(request, auth, sessions)))
                .httpBasic(basic -> basic.realmName("Vaka").authenticationEntryPoint(apiEntryPoint)
                        .securityContextRepository(basicContexts()))
                .addFilterBefore(new BearerTokenFilter(sessions, apiEntryPoint), BasicAuthenticationFilter.class)
                .addFilterAfter(new RevokedWebSessionFilter(sessions), SecurityContextHolderFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers(CARRIES_CREDENTIALS, APP_LOGIN, API_WITHOUT_SESSION))
                // Whatever a browser says it accepts: the API answers 401, a page sends it to sign in.
                .exceptionHandling(ex -> ex.authenticationEntryPoint((request, response, e) -> {
                    if (API.matches(request)) {
                        apiEntryPoint.commence(request, response, e);
                    } else {
                        signIn.commence(request, response, e);
                    }
                }));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, AuthenticationManager authentication, CustomerSessions sessions,
                            Clock clock) throws Exception {
        var staffLanding = new SavedRequestAwareAuthenticationSuccessHandler();
        var staffFailure = new SimpleUrlAuthenticationFailureHandler("/login?error");
        staffLanding.setDefaultTargetUrl("/console");
        http.authenticationManager(authentication)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/login", "/css/**", "/js/**",
                                "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/accounts/**").hasRole("OPERATOR")
                        .requestMatchers("/api/v1/accounts/**", "/console/accounts/**").hasRole("ADMIN")
                        // A site's records and instruction are the customer's agreement: operators read them, admins change them.
                        .requestMatchers(HttpMethod.PUT, "/api/v1/sites/*/details", "/api/v1/sites/*/zones", "/api/v1/sites/*/users",
                                "/api/v1/sites/*/contacts", "/api/v1/sites/*/verification-word", "/api/v1/sites/*/instructions/*")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/sites/*/instructions/*").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/sites/*/welcome").hasRole("ADMIN")
                        // Whoever holds an activation code can take the site: only administrators issue them.
                        .requestMatchers(HttpMethod.POST, "/api/v1/sites/*/activation-code").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/console/sites/*/edit/**", "/console/billing/**").hasRole("ADMIN")
                        .requestMatchers("/api/v1/outbox", "/api/v1/outbox/**").hasRole("ADMIN")
                        // Billing: operators read contracts and invoices, and may ask when notice would end a contract
                        // (a dry run; ContractApi refuses them the real thing); money and notice are the administrators'.
                        .requestMatchers(HttpMethod.POST, "/api/v1/contracts/*/notice").hasRole("OPERATOR")
                        .requestMatchers(HttpMethod.POST, "/api/v1/contracts", "/api/v1/contracts/**", "/api/v1/invoicing-runs", "/api/v1/reminder-runs",
                                "/api/v1/payments/**").hasRole("ADMIN")
                        .anyRequest().hasRole("OPERATOR"))
                .formLogin(form -> form.loginPage("/login").permitAll().successHandler((request, response, auth) -> {
                    if (auth.getPrincipal() instanceof CustomerPrincipal customer) {
                        // A customer who found the staff's page is sent to their own pages, not to a 403.
                        trackBrowserSession(request, customer, sessions);
                        response.sendRedirect(request.getContextPath() + "/portal");
                    } else {
                        staffLanding.onAuthenticationSuccess(request, response, auth);
                    }
                }).failureHandler((request, response, e) -> {
                    if (e instanceof TwoStepRequiredException twoStep) {
                        // A customer with two-step on, at the staff's page: the code is asked for on their own.
                        PendingSignIn.begin(request, twoStep.login(), clock);
                        response.sendRedirect(request.getContextPath() + "/portal/login/verify");
                    } else {
                        staffFailure.onAuthenticationFailure(request, response, e);
                    }
                }))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .httpBasic(basic -> basic.realmName("Vaka").securityContextRepository(basicContexts()))
                // An app's token at a staff endpoint is a customer all the same: known, and refused with 403.
                .addFilterBefore(new BearerTokenFilter(sessions, new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)),
                        BasicAuthenticationFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers(CARRIES_CREDENTIALS))
                .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), API));
        return http.build();
    }

    /** A tool that keeps the session cookie is not made to pay for a bcrypt check on every call. */
    private static SecurityContextRepository basicContexts() {
        return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
                new HttpSessionSecurityContextRepository());
    }

    /** A signed-in browser is listed among the customer's sessions, and revoking it there signs it out. */
    private static void trackBrowserSession(HttpServletRequest request, CustomerPrincipal customer, CustomerSessions sessions) {
        String id = sessions.open(customer, CustomerSessions.WEB, request.getHeader("User-Agent")).id();
        request.getSession().setAttribute(CustomerSessions.CURRENT_SESSION, id);
    }

    private static void revokeBrowserSession(HttpServletRequest request, org.springframework.security.core.Authentication auth,
                                             CustomerSessions sessions) {
        var http = request.getSession(false);
        if (http != null && http.getAttribute(CustomerSessions.CURRENT_SESSION) instanceof String id
                && auth != null && auth.getPrincipal() instanceof CustomerPrincipal customer) {
            sessions.revoke(customer.loginId(), id);
        }
    }
}
