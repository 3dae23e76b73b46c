package org.vaka.server.identity;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in customer. Carries the tenant and the customer so that every portal query can be scoped to that
 * customer's own sites.
 */
public record CustomerPrincipal(long loginId, long tenantId, long customerId, String email, CustomerRole role,
                                String passwordHash, boolean enabled) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(CustomerRole.CUSTOMER_AUTHORITY), new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "CustomerPrincipal[" + email + ", " + role + ", tenant " + tenantId + "]";
    }
}
