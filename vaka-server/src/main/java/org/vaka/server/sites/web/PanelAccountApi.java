package org.vaka.server.sites.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vaka.server.identity.StaffPrincipal;
import org.vaka.server.sites.PanelAccountRegistration;
import org.vaka.server.sites.PanelAccountView;
import org.vaka.server.sites.PanelAccounts;

/** Panel accounts for tools and integrations. Keys go in, never come out. */
@RestController
@RequestMapping("/api/v1/accounts")
class PanelAccountApi {

    private final PanelAccounts accounts;

    PanelAccountApi(PanelAccounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping
    ResponseEntity<?> register(@AuthenticationPrincipal StaffPrincipal caller,
                               @Valid @RequestBody PanelAccountRegistration registration) {
        if (registration.account() != null
                && accounts.registered(registration.account(), registration.receiver(), registration.line())) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "account " + registration.account().toUpperCase(Locale.ROOT)
                            + " is already registered; PUT /api/v1/accounts/{account} changes it");
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        var result = accounts.register(caller.tenantId(), registration);
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + result.account().account())).body(result.account());
    }

    /** Creates or changes an account; idempotent, which is what provisioning scripts want. */
    @PutMapping("/{account}")
    ResponseEntity<PanelAccountView> put(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable String account,
                                         @Valid @RequestBody PanelAccountRegistration registration) {
        if (registration.account() != null && !registration.account().equalsIgnoreCase(account)) {
            throw new org.vaka.server.sites.InvalidRegistrationException("account",
                    "the account in the body (" + registration.account() + ") differs from the one in the path (" + account + ")");
        }
        var result = accounts.register(caller.tenantId(), registration);
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK).body(result.account());
    }

    @GetMapping("/{account}")
    ResponseEntity<?> get(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable String account) {
        return accounts.view(caller.tenantId(), account)
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(
                        HttpStatus.NOT_FOUND, "no panel account " + account.toUpperCase(Locale.ROOT))));
    }

    @GetMapping
    List<PanelAccountView> list(@AuthenticationPrincipal StaffPrincipal caller) {
        return accounts.list(caller.tenantId());
    }
}
