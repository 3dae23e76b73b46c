package org.vaka.server.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. Browsers sign in with a form (CSRF-protected); tools and scripts call the API with
 * HTTP Basic. A request that carries its own credentials cannot be forged cross-site, so CSRF is only
 * waived for those.
 */
@Configuration
class SecurityConfiguration {

    private static final RequestMatcher CARRIES_CREDENTIALS = request -> request.getHeader("Authorization") != null;
    private static final RequestMatcher API = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
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
                        .requestMatchers(HttpMethod.POST, "/console/sites/*/edit/**").hasRole("ADMIN")
                        .requestMatchers("/api/v1/outbox", "/api/v1/outbox/**").hasRole("ADMIN")
                        // Billing: operators read contracts and invoices, and may ask when notice would end a contract
                        // (a dry run; ContractApi refuses them the real thing); money and notice are the administrators'.
                        .requestMatchers(HttpMethod.POST, "/api/v1/contracts/*/notice").hasRole("OPERATOR")
                        .requestMatchers(HttpMethod.POST, "/api/v1/contracts", "/api/v1/contracts/**", "/api/v1/invoicing-runs", "/api/v1/reminder-runs",
                                "/api/v1/payments/**").hasRole("ADMIN")
                        .anyRequest().hasRole("OPERATOR"))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/console", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                // A tool that keeps the session cookie is not made to pay for a bcrypt check on every call.
                .httpBasic(basic -> basic.realmName("Vaka").securityContextRepository(new DelegatingSecurityContextRepository(
                        new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository())))
                .csrf(csrf -> csrf.ignoringRequestMatchers(CARRIES_CREDENTIALS))
                .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), API));
        return http.build();
    }
}
