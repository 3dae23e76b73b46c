package org.vaka.server.sites.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.vaka.server.sites.InvalidRegistrationException;

/**
 * Panels' MQTT logins: the account number as user name and a password stored as a bcrypt hash. A thousand panels
 * reconnecting after a broker restart would cost a thousand bcrypt checks, so a password once accepted is
 * remembered (as its SHA-256, in memory only) until it is changed.
 */
final class BrokerLogins {

    /** Cost 8: a panel's login is checked at every connect, not once per human session. */
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(8);
    private final JdbcClient jdbc;
    private final Map<String, byte[]> accepted = new ConcurrentHashMap<>();

    BrokerLogins(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sets the login of panel account {@code id}; a null or empty password keeps the one already set. */
    void set(long id, String account, String password) {
        if (password == null || password.isEmpty()) {
            return;
        }
        boolean taken = jdbc.sql("""
                select count(*) from panel_account where account = ? and id <> ? and broker_secret_hash is not null""")
                .params(account, id).query(Integer.class).single() > 0;
        if (taken) {
            // The account number is the broker user name and the topic subtree: two panels cannot share one.
            throw new InvalidRegistrationException("brokerPassword",
                    "another panel with account " + account + " already has a broker login");
        }
        jdbc.sql("update panel_account set broker_secret_hash = ? where id = ?").params(bcrypt.encode(password), id).update();
        accepted.remove(account);
    }

    boolean valid(String account, byte[] password) {
        if (password == null) {
            return false;
        }
        byte[] digest = sha256(password);
        byte[] known = accepted.get(account);
        if (known != null) {
            return MessageDigest.isEqual(known, digest);
        }
        List<String> hashes = jdbc.sql("select broker_secret_hash from panel_account where account = ? and broker_secret_hash is not null")
                .param(account).query(String.class).list();
        String text = new String(password, StandardCharsets.UTF_8);
        for (String hash : hashes) {
            if (bcrypt.matches(text, hash)) {
                accepted.put(account, digest);
                return true;
            }
        }
        return false;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
