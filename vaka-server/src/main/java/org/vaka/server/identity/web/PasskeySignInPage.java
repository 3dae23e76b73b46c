package org.vaka.server.identity.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.vaka.server.identity.PasskeyRefusal;
import org.vaka.server.identity.Passkeys;

import tools.jackson.databind.JsonNode;

/**
 * The sign-in page's "Sign in with a passkey": the page's script gets a challenge, the browser asks the authenticator,
 * and a passkey that checks out signs this browser in as its customer, with no code after it.
 */
@RestController
class PasskeySignInPage {

    private final Passkeys passkeys;
    private final BrowserSignIn signIn;

    PasskeySignInPage(Passkeys passkeys, BrowserSignIn signIn) {
        this.passkeys = passkeys;
        this.signIn = signIn;
    }

    @PostMapping("/portal/login/passkey/options")
    Map<String, Object> options() {
        return passkeys.signInOptions();
    }

    @PostMapping("/portal/login/passkey")
    ResponseEntity<?> signIn(@RequestBody(required = false) JsonNode credential, HttpServletRequest request,
                             HttpServletResponse response) {
        try {
            var customer = passkeys.signIn(credential == null || credential.isNull() ? null : credential.toString());
            signIn.signIn(customer, request, response);
            return ResponseEntity.ok(Map.of("redirect", request.getContextPath() + "/portal"));
        } catch (PasskeyRefusal e) {
            return PasskeyApi.refused(e.malformed() ? HttpStatus.BAD_REQUEST : HttpStatus.UNAUTHORIZED, e);
        }
    }
}
