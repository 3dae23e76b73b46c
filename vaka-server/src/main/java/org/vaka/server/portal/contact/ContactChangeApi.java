package org.vaka.server.portal.contact;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.vaka.server.identity.CustomerPrincipal;

/**
 * Changing the e-mail address or mobile number from the app, by the same rules as the account page. Every refusal
 * names its {@code error} and the {@code field} it is about. The e-mailed link leads to the portal's page (which
 * works on a phone); an app that catches the link itself confirms it here without signing in, since the link's
 * token is the proof.
 */
@RestController
class ContactChangeApi {

    private final EmailChanges emails;
    private final MobileChanges mobiles;
    private final MessageSource messages;

    ContactChangeApi(EmailChanges emails, MobileChanges mobiles, MessageSource messages) {
        this.emails = emails;
        this.mobiles = mobiles;
        this.messages = messages;
    }

    record EmailRequest(String email, String password) {
        @Override
        public String toString() {
            return "EmailRequest"; // never the password
        }
    }

    record MobileRequest(String mobile, String password) {
        @Override
        public String toString() {
            return "MobileRequest"; // never the password
        }
    }

    record LinkConfirmation(String token) {
        @Override
        public String toString() {
            return "LinkConfirmation"; // never the token
        }
    }

    record CodeConfirmation(String code) {
        @Override
        public String toString() {
            return "CodeConfirmation"; // never the code
        }
    }

    /** 202 whether or not the new address already has a login: only that address's inbox learns which. */
    @PostMapping("/api/v1/portal/account/email")
    ResponseEntity<?> requestEmail(@AuthenticationPrincipal CustomerPrincipal caller,
                                   @RequestBody(required = false) EmailRequest request, Locale locale) {
        EmailRequest given = request == null ? new EmailRequest(null, null) : request;
        EmailChanges.Asked asked = emails.request(caller, given.email(), given.password(), locale);
        return switch (asked) {
            case LINK_SENT -> ResponseEntity.accepted().body(Map.of("next", "follow the link sent to the new address"));
            case INVALID_EMAIL, SAME_ADDRESS -> refused(HttpStatus.BAD_REQUEST, asked.name(), "email");
            case WRONG_PASSWORD -> refused(HttpStatus.BAD_REQUEST, asked.name(), "password");
            case TOO_MANY_TRIES, TOO_MANY_REQUESTS -> refused(HttpStatus.TOO_MANY_REQUESTS, asked.name(), null);
        };
    }

    @PostMapping("/api/v1/auth/email-change/confirm")
    ResponseEntity<?> confirmEmail(@RequestBody(required = false) LinkConfirmation confirmation) {
        EmailChanges.Confirmed confirmed = emails.confirm(confirmation == null ? null : confirmation.token());
        return switch (confirmed) {
            case CHANGED -> ResponseEntity.noContent().build();
            case INVALID_LINK -> refused(HttpStatus.GONE, confirmed.name(), "token");
            case TAKEN -> refused(HttpStatus.CONFLICT, confirmed.name(), "email");
        };
    }

    @PostMapping("/api/v1/portal/account/mobile")
    ResponseEntity<?> requestMobile(@AuthenticationPrincipal CustomerPrincipal caller,
                                    @RequestBody(required = false) MobileRequest request, Locale locale) {
        MobileRequest given = request == null ? new MobileRequest(null, null) : request;
        MobileChanges.Asked asked = mobiles.request(caller, given.mobile(), given.password(), locale);
        return switch (asked) {
            case CODE_SENT -> ResponseEntity.accepted().body(Map.of("next", "send the code texted to the new number"));
            case NOT_OWNER -> refused(HttpStatus.FORBIDDEN, asked.name(), null);
            case INVALID_MOBILE, SAME_NUMBER -> refused(HttpStatus.BAD_REQUEST, asked.name(), "mobile");
            case WRONG_PASSWORD -> refused(HttpStatus.BAD_REQUEST, asked.name(), "password");
            case TOO_MANY_TRIES, TOO_MANY_REQUESTS -> refused(HttpStatus.TOO_MANY_REQUESTS, asked.name(), null);
        };
    }

    @PostMapping("/api/v1/portal/account/mobile/confirm")
    ResponseEntity<?> confirmMobile(@AuthenticationPrincipal CustomerPrincipal caller,
                                    @RequestBody(required = false) CodeConfirmation confirmation, Locale locale) {
        MobileChanges.Confirmed confirmed = mobiles.confirm(caller, confirmation == null ? null : confirmation.code(), locale);
        return switch (confirmed) {
            case CHANGED -> ResponseEntity.ok(Map.of("mobile", mobiles.current(caller).orElse("")));
            case NOT_OWNER -> refused(HttpStatus.FORBIDDEN, confirmed.name(), null);
            case WRONG_CODE -> refused(HttpStatus.BAD_REQUEST, confirmed.name(), "code");
            case START_OVER -> refused(HttpStatus.GONE, confirmed.name(), "code");
        };
    }

    /** The detail in English, like the rest of the API; the app shows its own words for {@code error}. */
    private ResponseEntity<ProblemDetail> refused(HttpStatus status, String error, String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage("contact.error." + error, null, Locale.ENGLISH));
        problem.setProperty("error", error);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return ResponseEntity.status(status).body(problem);
    }
}
