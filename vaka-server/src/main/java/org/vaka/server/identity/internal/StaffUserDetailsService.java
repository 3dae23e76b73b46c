package org.vaka.server.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.vaka.server.identity.StaffDirectory;

@Component
class StaffUserDetailsService implements UserDetailsService {

    private final StaffDirectory staff;

    StaffUserDetailsService(StaffDirectory staff) {
        this.staff = staff;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return staff.findByEmail(username).orElseThrow(() -> new UsernameNotFoundException("no such staff member"));
    }
}
