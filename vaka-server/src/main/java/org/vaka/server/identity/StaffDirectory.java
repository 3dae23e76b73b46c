package org.vaka.server.identity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Tenants and the staff who work for them. Passwords are only ever stored as bcrypt hashes. */
@Service
public class StaffDirectory {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;

    StaffDirectory(JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    public boolean anyTenant() {
        return jdbc.sql("select count(*) from tenant").query(Long.class).single() > 0;
    }

    public void createTenant(long id, String name) {
        jdbc.sql("insert into tenant (id, name) values (?, ?)").params(id, name).update();
    }

    public long createStaff(long tenantId, String email, String rawPassword, String displayName, Role role) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into staff_user (tenant_id, email, password_hash, display_name, role, enabled, created_at)
                values (?, ?, ?, ?, ?, true, ?)""")
                .params(tenantId, email.toLowerCase(), passwords.encode(rawPassword), displayName, role.name(),
                        OffsetDateTime.now(clock))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<StaffPrincipal> findByEmail(String email) {
        return jdbc.sql("""
                select id, tenant_id, email, display_name, role, password_hash, enabled
                from staff_user where email = ?""")
                .param(email.toLowerCase())
                .query((rs, n) -> new StaffPrincipal(rs.getLong("id"), rs.getLong("tenant_id"), rs.getString("email"),
                        rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                        rs.getString("password_hash"), rs.getBoolean("enabled")))
                .optional();
    }
}
