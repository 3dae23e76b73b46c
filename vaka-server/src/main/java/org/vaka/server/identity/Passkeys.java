package org.vaka.server.identity;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.AttestedCredentialDataConverter;
import com.webauthn4j.converter.exception.DataConversionException;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import com.webauthn4j.verifier.exception.VerificationException;

/**
 * Customers' passkeys (WebAuthn discoverable credentials with user verification). Registering one needs a signed-in
 * customer; signing in with one needs nothing else, since the authenticator already checked something the customer
 * has and something they are or know, so no code is asked for after it. Every challenge is made here, used once
 * and lapses after {@link #CHALLENGE_LIFETIME}. The signature counter must grow with each use, so a copied
 * authenticator gives itself away.
 */
@Service
public class Passkeys {

    public static final Duration CHALLENGE_LIFETIME = Duration.ofMinutes(5);
    static final String REGISTER = "REGISTER";
    static final String SIGN_IN = "SIGN_IN";
    private static final int MAX_NAME = 64;
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    private static final List<PublicKeyCredentialParameters> ALGORITHMS = List.of(
            new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.ES256),
            new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.RS256));

    private final JdbcClient jdbc;
    private final CustomerLogins logins;
    private final RelyingParty relyingParty;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final WebAuthnManager webAuthn = WebAuthnManager.createNonStrictWebAuthnManager();
    private final AttestedCredentialDataConverter credentialData = new AttestedCredentialDataConverter(new ObjectConverter());

    Passkeys(JdbcClient jdbc, CustomerLogins logins, RelyingParty relyingParty, Clock clock) {
        this.jdbc = jdbc;
        this.logins = logins;
        this.relyingParty = relyingParty;
        this.clock = clock;
    }

    public record Passkey(long id, String name, Instant createdAt, Instant lastUsed) {
    }

    public List<Passkey> of(long loginId) {
        return jdbc.sql("select id, name, created_at, last_used from passkey where login_id = ? order by created_at, id")
                .param(loginId)
                .query((rs, n) -> new Passkey(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rs.getObject(4, OffsetDateTime.class)).map(OffsetDateTime::toInstant).orElse(null)))
                .list();
    }

    /** @return false when the login has no such passkey */
    public boolean remove(long loginId, long passkeyId) {
        return jdbc.sql("delete from passkey where id = ? and login_id = ?").params(passkeyId, loginId).update() == 1;
    }

    /**
     * What the browser's {@code navigator.credentials.create} needs, binary values in base64url (the shape of
     * WebAuthn's PublicKeyCredentialCreationOptionsJSON).
     */
    public Map<String, Object> registrationOptions(CustomerPrincipal login) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("challenge", newChallenge(REGISTER, login.loginId()));
        options.put("rp", Map.of("id", relyingParty.id(), "name", RelyingParty.NAME));
        options.put("user", Map.of("id", B64URL.encodeToString(userHandle(login.loginId())), "name", login.email(),
                "displayName", login.email()));
        options.put("pubKeyCredParams", ALGORITHMS.stream().map(a -> Map.of("type", "public-key", "alg", a.getAlg().getValue())).toList());
        options.put("timeout", CHALLENGE_LIFETIME.toMillis());
        options.put("attestation", "none");
        options.put("authenticatorSelection", Map.of("residentKey", "required", "requireResidentKey", true,
                "userVerification", "required"));
        options.put("excludeCredentials", jdbc.sql("select credential_id from passkey where login_id = ?")
                .param(login.loginId()).query(String.class).list().stream()
                .map(id -> Map.of("type", "public-key", "id", id)).toList());
        return options;
    }

    /**
     * Keeps a new passkey, once the authenticator's answer to {@link #registrationOptions} checks out.
     *
     * @param password the login's password, given again
     * @param response the browser's PublicKeyCredential as JSON (RegistrationResponseJSON)
     */
    @Transactional(noRollbackFor = PasskeyRefusal.class)
    public Passkey register(CustomerPrincipal login, String name, String password, String response) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            throw new PasskeyRefusal("name", "Name the passkey (at most " + MAX_NAME + " characters), say after the device.");
        }
        if (password == null || password.isEmpty()) {
            throw new PasskeyRefusal("password", "Give your password.");
        }
        if (response == null || response.isBlank()) {
            throw new PasskeyRefusal("credential", "Give the passkey the browser made.", true);
        }
        // A passkey signs in without password or code from then on: a browser left signed in must not be enough to add one.
        if (!logins.matches(password, logins.find(login.loginId()).map(CustomerPrincipal::passwordHash).orElse(""))) {
            throw new PasskeyRefusal("password", "Wrong password.");
        }
        try {
            var data = webAuthn.parseRegistrationResponseJSON(response);
            byte[] challenge = data.getCollectedClientData().getChallenge().getValue();
            if (!spend(challenge, REGISTER, login.loginId())) {
                throw new PasskeyRefusal("credential", "This passkey request has expired or was used already: start again.");
            }
            webAuthn.verify(data, new RegistrationParameters(serverProperty(challenge), ALGORITHMS, true, true));
            var authenticatorData = data.getAttestationObject().getAuthenticatorData();
            var attested = authenticatorData.getAttestedCredentialData();
            String credentialId = B64URL.encodeToString(attested.getCredentialId());
            if (jdbc.sql("select count(*) from passkey where credential_id = ?").param(credentialId).query(Long.class).single() > 0) {
                throw new PasskeyRefusal("credential", "This passkey is registered already.");
            }
            Instant now = clock.instant();
            var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("""
                    insert into passkey (login_id, credential_id, name, credential_data, sign_count, created_at)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(login.loginId(), credentialId, clean, B64URL.encodeToString(credentialData.convert(attested)),
                            authenticatorData.getSignCount(), now.atOffset(java.time.ZoneOffset.UTC))
                    .update(keys, "id");
            return new Passkey(keys.getKey().longValue(), clean, now, null);
        } catch (DataConversionException | IllegalArgumentException | NullPointerException e) {
            throw new PasskeyRefusal("credential", "Not a passkey the browser made (WebAuthn's RegistrationResponseJSON).", true);
        } catch (VerificationException e) {
            throw new PasskeyRefusal("credential", "The browser's passkey did not check out: " + e.getMessage());
        }
    }

    /** What the browser's {@code navigator.credentials.get} needs for a sign-in with any of the customer's passkeys. */
    public Map<String, Object> signInOptions() {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("challenge", newChallenge(SIGN_IN, null));
        options.put("rpId", relyingParty.id());
        options.put("timeout", CHALLENGE_LIFETIME.toMillis());
        options.put("userVerification", "required");
        options.put("allowCredentials", List.of()); // discoverable: the authenticator offers whichever it holds
        return options;
    }

    /**
     * Whose passkey signed the challenge from {@link #signInOptions}.
     *
     * @param response the browser's PublicKeyCredential as JSON (AuthenticationResponseJSON)
     * @throws PasskeyRefusal for anything that does not check out: unknown passkey, another login's, a spent or
     *                        lapsed challenge, a bad signature, a counter that did not grow
     */
    @Transactional(noRollbackFor = PasskeyRefusal.class)
    public CustomerPrincipal signIn(String response) {
        if (response == null || response.isBlank()) {
            throw new PasskeyRefusal("credential", "Give the passkey the browser signed with.", true);
        }
        try {
            var data = webAuthn.parseAuthenticationResponseJSON(response);
            byte[] challenge = data.getCollectedClientData().getChallenge().getValue();
            if (!spend(challenge, SIGN_IN, null)) {
                throw new PasskeyRefusal("credential", "This sign-in has expired or was used already: start again.");
            }
            String credentialId = B64URL.encodeToString(data.getCredentialId());
            record Stored(long id, long loginId, String data, long signCount) {
            }
            Stored stored = jdbc.sql("select id, login_id, credential_data, sign_count from passkey where credential_id = ?")
                    .param(credentialId).query((rs, n) -> new Stored(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4)))
                    .optional().orElseThrow(() -> new PasskeyRefusal("credential", "Unknown passkey."));
            // The authenticator says whose passkey it is; it must be the login the passkey was registered to.
            if (data.getUserHandle() != null && !Arrays.equals(data.getUserHandle(), userHandle(stored.loginId()))) {
                throw new PasskeyRefusal("credential", "Unknown passkey.");
            }
            var record = new CredentialRecordImpl(new NoneAttestationStatement(), true, null, null, stored.signCount(),
                    credentialData.convert(Base64.getUrlDecoder().decode(stored.data())), null, null, null, null);
            webAuthn.verify(data, new AuthenticationParameters(serverProperty(challenge), record, null, true, true));
            jdbc.sql("update passkey set sign_count = ?, last_used = ? where id = ?")
                    .params(data.getAuthenticatorData().getSignCount(), OffsetDateTime.now(clock), stored.id()).update();
            return logins.find(stored.loginId()).filter(CustomerPrincipal::enabled)
                    .orElseThrow(() -> new PasskeyRefusal("credential", "Unknown passkey."));
        } catch (DataConversionException | IllegalArgumentException | NullPointerException e) {
            throw new PasskeyRefusal("credential", "Not a passkey sign-in (WebAuthn's AuthenticationResponseJSON).", true);
        } catch (VerificationException e) {
            throw new PasskeyRefusal("credential", "The passkey did not check out: " + e.getMessage());
        }
    }

    private String newChallenge(String purpose, Long loginId) {
        byte[] challenge = new byte[32];
        random.nextBytes(challenge);
        Instant now = clock.instant();
        jdbc.sql("delete from passkey_challenge where expires_at < ?").param(now.atOffset(java.time.ZoneOffset.UTC)).update();
        jdbc.sql("insert into passkey_challenge (challenge, purpose, login_id, expires_at) values (?, ?, ?, ?)")
                .params(B64URL.encodeToString(challenge), purpose, loginId,
                        now.plus(CHALLENGE_LIFETIME).atOffset(java.time.ZoneOffset.UTC)).update();
        return B64URL.encodeToString(challenge);
    }

    /** Uses a challenge up: true only the first time, before it lapses, for the purpose (and login) it was made for. */
    private boolean spend(byte[] challenge, String purpose, Long loginId) {
        String key = B64URL.encodeToString(challenge);
        record Made(String purpose, Long loginId, Instant expires) {
        }
        Optional<Made> made = jdbc.sql("select purpose, login_id, expires_at from passkey_challenge where challenge = ?")
                .param(key).query((rs, n) -> new Made(rs.getString(1), rs.getObject(2, Long.class),
                        rs.getObject(3, OffsetDateTime.class).toInstant())).optional();
        boolean deleted = jdbc.sql("delete from passkey_challenge where challenge = ?").param(key).update() == 1;
        return deleted && made.isPresent() && made.get().purpose().equals(purpose)
                && java.util.Objects.equals(made.get().loginId(), loginId) && clock.instant().isBefore(made.get().expires());
    }

    private ServerProperty serverProperty(byte[] challenge) {
        return new ServerProperty(new Origin(relyingParty.origin()), relyingParty.id(), new DefaultChallenge(challenge));
    }

    /** The WebAuthn user handle: the login's id, which says nothing about the person. */
    static byte[] userHandle(long loginId) {
        return ByteBuffer.allocate(Long.BYTES).putLong(loginId).array();
    }
}
