package org.vaka.server.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A login's two-step verification with an authenticator app (TOTP): set up, confirmed with a first code, checked at
 * sign-in and turned off again. The secret is shown only while it is being set up; once confirmed it never leaves the
 * server again. Recovery codes are shown once, at confirmation, and kept only as hashes.
 */
@Service
public class TwoStepVerification {

    public static final int RECOVERY_CODES = 10;
    static final String ISSUER = "Vaka";
    private static final String WRONG_CODE = "Wrong verification code.";
    private static final String RECOVERY_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

    private final JdbcClient jdbc;
    private final TwoStepSeal seal;
    private final CustomerLogins logins;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    TwoStepVerification(JdbcClient jdbc, TwoStepSeal seal, CustomerLogins logins, Clock clock) {
        this.jdbc = jdbc;
        this.seal = seal;
        this.logins = logins;
        this.clock = clock;
    }

    /** Whether the login is on, being set up (secret shown, not yet confirmed) or off; how many recovery codes are left. */
    public record Status(boolean enabled, boolean settingUp, int recoveryCodesLeft) {
    }

    /** What an authenticator app needs: the secret in base32 and the otpauth URI its QR code holds. */
    public record Enrolment(String secret, String uri) {
        @Override
        public String toString() {
            return "Enrolment"; // never the secret
        }
    }

    private record Row(String sealed, boolean confirmed, Long lastStep) {
    }

    public Status status(long loginId) {
        Optional<Row> row = row(loginId);
        int left = jdbc.sql("select count(*) from two_step_recovery_code where login_id = ? and used_at is null")
                .param(loginId).query(Integer.class).single();
        return new Status(row.map(Row::confirmed).orElse(false), row.map(r -> !r.confirmed()).orElse(false),
                row.map(Row::confirmed).orElse(false) ? left : 0);
    }

    /** Whether sign-in with a password alone is not enough for this login. */
    public boolean isOn(long loginId) {
        return row(loginId).map(Row::confirmed).orElse(false);
    }

    /**
     * Starts setting up, with a new secret; starting again replaces a secret that was never confirmed.
     *
     * @throws TwoStepRefusal when two-step verification is already on
     */
    @Transactional
    public Enrolment start(CustomerPrincipal login) {
        if (isOn(login.loginId())) {
            throw new TwoStepRefusal(null, "Two-step verification is already on.", true);
        }
        byte[] secret = new byte[20];
        random.nextBytes(secret);
        jdbc.sql("delete from two_step where login_id = ?").param(login.loginId()).update();
        jdbc.sql("insert into two_step (login_id, secret_sealed, started_at) values (?, ?, ?)")
                .params(login.loginId(), seal.seal(secret), OffsetDateTime.now(clock)).update();
        return enrolment(login.email(), secret);
    }

    /** The secret being set up, to show it again (say, after a wrong first code); empty once confirmed or never started. */
    public Optional<Enrolment> pending(CustomerPrincipal login) {
        return row(login.loginId()).filter(r -> !r.confirmed()).map(r -> enrolment(login.email(), seal.open(r.sealed())));
    }

    /**
     * Turns two-step verification on once the app shows it has the secret by giving a current code.
     *
     * @return the recovery codes, to be shown this once
     * @throws TwoStepRefusal for a malformed or wrong code, or when nothing is being set up
     */
    @Transactional
    public List<String> confirm(CustomerPrincipal login, String code) {
        Row row = row(login.loginId()).filter(r -> !r.confirmed()).orElseThrow(() -> new TwoStepRefusal(null,
                isOn(login.loginId()) ? "Two-step verification is already on." : "Start setting up two-step verification first.",
                true));
        String digits = code == null ? "" : code.replace(" ", "").strip();
        if (!digits.matches("\\d{6}")) {
            throw new TwoStepRefusal("code", "Give the 6-digit code the authenticator app shows.", false);
        }
        OptionalLong step = Totp.matchingStep(seal.open(row.sealed()), digits, clock.instant());
        if (step.isEmpty()) {
            throw new TwoStepRefusal("code", WRONG_CODE, false);
        }
        // The code that confirmed is spent: it cannot sign in a moment later.
        jdbc.sql("update two_step set confirmed_at = ?, last_step = ? where login_id = ?")
                .params(OffsetDateTime.now(clock), step.getAsLong(), login.loginId()).update();
        return freshRecoveryCodes(login.loginId());
    }

    /**
     * A new set of recovery codes, for the customer who has used or lost theirs; the old ones stop working. Asks for
     * the password and a current code, as turning it off does.
     *
     * @return the recovery codes, to be shown this once
     * @throws TwoStepRefusal naming the field that was wrong
     */
    @Transactional
    public List<String> renewRecoveryCodes(CustomerPrincipal login, String password, String code) {
        proveItIsThem(login, password, code);
        return freshRecoveryCodes(login.loginId());
    }

    private List<String> freshRecoveryCodes(long loginId) {
        jdbc.sql("delete from two_step_recovery_code where login_id = ?").param(loginId).update();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String fresh = recoveryCode();
            codes.add(fresh);
            jdbc.sql("insert into two_step_recovery_code (login_id, code_hash) values (?, ?)")
                    .params(loginId, hash(fresh)).update();
        }
        return codes;
    }

    /**
     * Turns two-step verification off, with the password and a current code (or a recovery code): a browser left
     * signed in is not enough.
     *
     * @throws TwoStepRefusal naming the field that was wrong
     */
    @Transactional
    public void disable(CustomerPrincipal login, String password, String code) {
        proveItIsThem(login, password, code);
        jdbc.sql("delete from two_step_recovery_code where login_id = ?").param(login.loginId()).update();
        jdbc.sql("delete from two_step where login_id = ?").param(login.loginId()).update();
    }

    /** The password and a current code (or a recovery code, then spent): a browser left signed in is not enough. */
    private void proveItIsThem(CustomerPrincipal login, String password, String code) {
        if (!isOn(login.loginId())) {
            throw new TwoStepRefusal(null, "Two-step verification is not on.", true);
        }
        if (password == null || password.isEmpty()) {
            throw new TwoStepRefusal("password", "Give your password.", false);
        }
        Optional<TwoStepCode> parsed = TwoStepCode.parse(code);
        if (parsed.isEmpty()) {
            throw new TwoStepRefusal("code", "Give the 6-digit code the authenticator app shows, or a recovery code.", false);
        }
        String hash = logins.find(login.loginId()).map(CustomerPrincipal::passwordHash).orElse("");
        if (!logins.matches(password, hash)) {
            throw new TwoStepRefusal("password", "Wrong password.", false);
        }
        if (!verify(login.loginId(), parsed.get())) {
            throw new TwoStepRefusal("code", WRONG_CODE, false);
        }
    }

    /**
     * Checks a code at sign-in and spends it: a TOTP code's step (and every earlier one) cannot be used again, nor can
     * a recovery code.
     */
    @Transactional
    public boolean verify(long loginId, TwoStepCode code) {
        Optional<Row> row = row(loginId).filter(Row::confirmed);
        if (row.isEmpty()) {
            return false;
        }
        if (code.isRecoveryCode()) {
            return jdbc.sql("""
                            update two_step_recovery_code set used_at = ?
                            where login_id = ? and code_hash = ? and used_at is null""")
                    .params(OffsetDateTime.now(clock), loginId, hash(code.value().replace("-", ""))).update() == 1;
        }
        OptionalLong step = Totp.matchingStep(seal.open(row.get().sealed()), code.value(), clock.instant());
        // Conditional, so two requests racing with the same code cannot both win.
        return step.isPresent() && jdbc.sql("""
                        update two_step set last_step = ?
                        where login_id = ? and confirmed_at is not null and (last_step is null or last_step < ?)""")
                .params(step.getAsLong(), loginId, step.getAsLong()).update() == 1;
    }

    private Optional<Row> row(long loginId) {
        return jdbc.sql("select secret_sealed, confirmed_at, last_step from two_step where login_id = ?").param(loginId)
                .query((rs, n) -> new Row(rs.getString(1), rs.getObject(2) != null, rs.getObject(3, Long.class)))
                .optional();
    }

    private static Enrolment enrolment(String email, byte[] secret) {
        String base32 = Base32.encode(secret);
        String label = URLEncoder.encode(ISSUER + ":" + email, StandardCharsets.UTF_8).replace("+", "%20");
        return new Enrolment(base32, "otpauth://totp/" + label + "?secret=" + base32 + "&issuer=" + ISSUER
                + "&algorithm=SHA1&digits=6&period=30");
    }

    private String recoveryCode() {
        StringBuilder code = new StringBuilder(11);
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
        }
        return code.toString();
    }

    /** 50 random bits each, and a throttled sign-in: a plain hash is enough, nothing that a slow one would protect. */
    private static String hash(String recoveryCode) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(recoveryCode.replace("-", "").getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
