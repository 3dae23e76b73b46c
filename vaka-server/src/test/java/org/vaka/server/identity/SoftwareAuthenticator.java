package org.vaka.server.identity;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

import com.webauthn4j.converter.AttestationObjectConverter;
import com.webauthn4j.converter.AuthenticatorDataConverter;
import com.webauthn4j.converter.CollectedClientDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.attestation.AttestationObject;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.authenticator.EC2COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.client.ClientDataType;
import com.webauthn4j.data.client.CollectedClientData;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;

/**
 * A passkey authenticator in software, for tests without a browser: one ES256 key pair and credential, "none"
 * attestation, user present and verified, a counter that counts up unless told otherwise. It answers in WebAuthn's
 * JSON forms, as a browser's {@code PublicKeyCredential.toJSON()} would.
 */
final class SoftwareAuthenticator {

    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    private static final ObjectConverter CONVERTER = new ObjectConverter();

    private final KeyPair keys;
    private final byte[] credentialId = new byte[16];
    private byte[] userHandle;
    long counter;

    SoftwareAuthenticator() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        keys = generator.generateKeyPair();
        new java.security.SecureRandom().nextBytes(credentialId);
    }

    /** The answer to navigator.credentials.create for these options (challenge, rp id and user id in base64url). */
    String register(String challenge, String rpId, String userId, String origin) throws Exception {
        userHandle = Base64.getUrlDecoder().decode(userId);
        var attested = new AttestedCredentialData(AAGUID.ZERO, credentialId,
                EC2COSEKey.create((ECPublicKey) keys.getPublic(), COSEAlgorithmIdentifier.ES256));
        byte flags = (byte) (AuthenticatorData.BIT_UP | AuthenticatorData.BIT_UV | AuthenticatorData.BIT_AT);
        var attestation = new AttestationObject(new AuthenticatorData<>(sha256(rpId), flags, counter, attested),
                new NoneAttestationStatement());
        byte[] clientData = clientData(ClientDataType.WEBAUTHN_CREATE, challenge, origin);
        return "{\"id\":\"" + id() + "\",\"rawId\":\"" + id() + "\",\"type\":\"public-key\",\"response\":{"
                + "\"clientDataJSON\":\"" + B64URL.encodeToString(clientData) + "\",\"attestationObject\":\""
                + B64URL.encodeToString(new AttestationObjectConverter(CONVERTER).convertToBytes(attestation))
                + "\",\"transports\":[\"internal\"]},\"clientExtensionResults\":{},\"authenticatorAttachment\":\"platform\"}";
    }

    /** The answer to navigator.credentials.get: a signature over the authenticator data and the client data's hash. */
    String signIn(String challenge, String rpId, String origin) throws Exception {
        counter++;
        byte flags = (byte) (AuthenticatorData.BIT_UP | AuthenticatorData.BIT_UV);
        byte[] authenticatorData = new AuthenticatorDataConverter(CONVERTER).convert(
                new AuthenticatorData<>(sha256(rpId), flags, counter));
        byte[] clientData = clientData(ClientDataType.WEBAUTHN_GET, challenge, origin);
        Signature signature = Signature.getInstance("SHA256withECDSA");
        signature.initSign(keys.getPrivate());
        signature.update(authenticatorData);
        signature.update(sha256(clientData));
        return "{\"id\":\"" + id() + "\",\"rawId\":\"" + id() + "\",\"type\":\"public-key\",\"response\":{"
                + "\"clientDataJSON\":\"" + B64URL.encodeToString(clientData) + "\",\"authenticatorData\":\""
                + B64URL.encodeToString(authenticatorData) + "\",\"signature\":\"" + B64URL.encodeToString(signature.sign())
                + "\",\"userHandle\":\"" + B64URL.encodeToString(userHandle) + "\"},\"clientExtensionResults\":{},"
                + "\"authenticatorAttachment\":\"platform\"}";
    }

    /** Claims to be someone else's passkey: the same key, another user handle. */
    void claimUser(byte[] handle) {
        userHandle = handle;
    }

    String id() {
        return B64URL.encodeToString(credentialId);
    }

    private static byte[] clientData(ClientDataType type, String challenge, String origin) {
        return new CollectedClientDataConverter(CONVERTER).convertToBytes(new CollectedClientData(type,
                new DefaultChallenge(Base64.getUrlDecoder().decode(challenge)), new Origin(origin), null));
    }

    private static byte[] sha256(String text) throws Exception {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] sha256(byte[] bytes) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(bytes);
    }
}
