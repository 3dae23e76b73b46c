package org.vaka.server.identity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Customers' own logins. Passwords are only ever stored as bcrypt hashes. */
@Service
public class CustomerLogins {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;

    CustomerLogins(JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    /**
     * Adds a login for the tenant's customer with that number.
     *
     * @return the login's id; empty when the tenant has no such customer
     */
    public Optional<Long> create(long tenantId, String customerNumber, String email, String rawPassword, CustomerRole role) {
        Optional<Long> customer = jdbc.sql("select id from customer where tenant_id = ? and customer_number = ?")
                .params(tenantId, customerNumber).query(Long.class).optional();
        return customer.map(customerId -> {
            var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("""
                    insert into customer_login (tenant_id, customer_id, email, password_hash, role, enabled, created_at)
                    values (?, ?, ?, ?, ?, true, ?)""")
                    .params(tenantId, customerId, normalised(email), passwords.encode(rawPassword), role.name(),
                            OffsetDateTime.now(clock))
                    .update(keys, "id");
            return keys.getKey().longValue();
        });
    }

    /**
     * Adds a login whose password was hashed earlier (by {@link #hash}), e.g. chosen while registering and kept
     * hashed until the e-mail address was validated.
     *
     * @return the login's id
     */
    public long createHashed(long tenantId, long customerId, String email, String passwordHash, CustomerRole role) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into customer_login (tenant_id, customer_id, email, password_hash, role, enabled, created_at)
                values (?, ?, ?, ?, ?, true, ?)""")
                .params(tenantId, customerId, normalised(email), passwordHash, role.name(), OffsetDateTime.now(clock))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** A password hashed the way logins keep theirs. */
    public String hash(String rawPassword) {
        return passwords.encode(rawPassword);
    }

    /** Whether a secret matches a hash made by {@link #hash}. */
    public boolean matches(String raw, String hash) {
        return passwords.matches(raw, hash);
    }

    public void changePassword(long loginId, String rawPassword) {
        jdbc.sql("update customer_login set password_hash = ? where id = ?").params(passwords.encode(rawPassword), loginId)
                .update();
    }

    /** Whether the customer already has any login. */
    public boolean existsForCustomer(long customerId) {
        return jdbc.sql("select count(*) from customer_login where customer_id = ?").param(customerId)
                .query(Long.class).single() > 0;
    }

    /** Adds a login for the tenant's customer by its id, as an accepted invitation does; returns the login's id. */
    public long create(long tenantId, long customerId, String email, String rawPassword, CustomerRole role) {
        return createHashed(tenantId, customerId, email, passwords.encode(rawPassword), role);
    }

    /**
     * Changes a signed-in customer's own password, once the current one is given again: a browser left signed in
     * must not be enough to take the login over.
     *
     * @return false when the current password is wrong
     */
    public boolean changeOwnPassword(long loginId, String currentPassword, String newPassword) {
        Optional<String> hash = jdbc.sql("select password_hash from customer_login where id = ?").param(loginId)
                .query(String.class).optional();
        if (hash.isEmpty() || currentPassword == null || !passwords.matches(currentPassword, hash.get())) {
            return false;
        }
        return jdbc.sql("update customer_login set password_hash = ? where id = ?")
                .params(passwords.encode(newPassword), loginId).update() == 1;
    }

    /** The customer's logins, oldest first. */
    public java.util.List<CustomerLogin> ofCustomer(long tenantId, long customerId) {
        return jdbc.sql("""
                        select id, email, role, created_at from customer_login
                        where tenant_id = ? and customer_id = ? order by created_at, id""")
                .params(tenantId, customerId)
                .query((rs, row) -> new CustomerLogin(rs.getLong("id"), rs.getString("email"),
                        CustomerRole.valueOf(rs.getString("role")),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /**
     * Removes one of the customer's logins with its sessions, so it is signed out everywhere at once.
     *
     * @return false when the customer has no such login
     */
    @org.springframework.transaction.annotation.Transactional
    public boolean remove(long tenantId, long customerId, long loginId) {
        if (jdbc.sql("select count(*) from customer_login where id = ? and tenant_id = ? and customer_id = ?")
                .params(loginId, tenantId, customerId).query(Long.class).single() == 0) {
            return false;
        }
        jdbc.sql("delete from customer_session where login_id = ?").param(loginId).update();
        return jdbc.sql("delete from customer_login where id = ?").param(loginId).update() == 1;
    }

    /**
     * Moves the login to another e-mail address, once that address has been proven to be the person's. The unique
     * constraint on addresses is the last word if two logins race for the same one.
     *
     * @return false when there is no such login or the address has a login already
     */
    public boolean changeEmail(long loginId, String email) {
        if (exists(email)) {
            return false;
        }
        return jdbc.sql("update customer_login set email = ? where id = ?").params(normalised(email), loginId).update() == 1;
    }

    public boolean exists(String email) {
        return jdbc.sql("select count(*) from customer_login where email = ?").param(normalised(email))
                .query(Long.class).single() > 0;
    }

    public Optional<CustomerPrincipal> findByEmail(String email) {
        return jdbc.sql(SELECT + " where email = ?").param(normalised(email)).query(CustomerLogins::principal).optional();
    }

    public Optional<CustomerPrincipal> find(long loginId) {
        return jdbc.sql(SELECT + " where id = ?").param(loginId).query(CustomerLogins::principal).optional();
    }

    private static final String SELECT = """
            select id, tenant_id, customer_id, email, role, password_hash, enabled from customer_login""";

    private static CustomerPrincipal principal(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new CustomerPrincipal(rs.getLong("id"), rs.getLong("tenant_id"), rs.getLong("customer_id"),
                rs.getString("email"), CustomerRole.valueOf(rs.getString("role")), rs.getString("password_hash"),
                rs.getBoolean("enabled"));
    }

    static String normalised(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
