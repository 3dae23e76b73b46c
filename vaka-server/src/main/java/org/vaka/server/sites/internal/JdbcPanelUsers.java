package org.vaka.server.sites.internal;

import static org.vaka.server.sites.internal.JdbcSiteDescriptions.blankToNull;
import static org.vaka.server.sites.internal.JdbcSiteDescriptions.optional;
import static org.vaka.server.sites.internal.JdbcSiteDescriptions.require;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vaka.server.sites.InvalidRegistrationException;
import org.vaka.server.sites.PanelUser;
import org.vaka.server.sites.PanelUserRegistration;
import org.vaka.server.sites.PanelUsers;

@Service
class JdbcPanelUsers implements PanelUsers {

    private static final String CODE = "[0-9]{6}";

    private final JdbcClient jdbc;
    private final SiteOwnership ownership;
    private final PasswordEncoder encoder;

    JdbcPanelUsers(JdbcClient jdbc, SiteOwnership ownership, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.ownership = ownership;
        this.encoder = encoder;
    }

    @Override
    public Optional<List<PanelUser>> users(long tenantId, long siteId) {
        if (!ownership.owns(tenantId, siteId)) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("""
                        select user_number, name, phone, code_hash, duress_code_hash from site_user
                        where site_id = ? order by user_number""").param(siteId)
                .query((rs, row) -> new PanelUser(rs.getInt("user_number"), rs.getString("name"), rs.getString("phone"),
                        rs.getString("code_hash") != null, rs.getString("duress_code_hash") != null))
                .list());
    }

    private record Hashes(String code, String duress) {
    }

    @Override
    @Transactional
    public boolean replaceUsers(long tenantId, long siteId, List<PanelUserRegistration> users) {
        if (!ownership.owns(tenantId, siteId)) {
            return false;
        }
        Map<Integer, Hashes> kept = new HashMap<>();
        jdbc.sql("select user_number, code_hash, duress_code_hash from site_user where site_id = ?").param(siteId)
                .query((rs, row) -> kept.put(rs.getInt("user_number"),
                        new Hashes(rs.getString("code_hash"), rs.getString("duress_code_hash")))).list();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < users.size(); i++) {
            PanelUserRegistration user = users.get(i);
            String at = "users[" + i + "].";
            if (user.number() == null || user.number() < 1 || user.number() > 999) {
                throw new InvalidRegistrationException(at + "number", "a user number is 1 to 999");
            }
            if (!seen.add(user.number())) {
                throw new InvalidRegistrationException(at + "number", "user " + user.number() + " is listed twice");
            }
            require(at + "name", user.name(), ".{1,200}", "a user needs a name (at most 200 characters)");
            optional(at + "phone", user.phone(), JdbcSiteDescriptions.PHONE, "not a phone number: " + user.phone());
            // The codes themselves never go into a message: a 400 may end up in a log.
            optional(at + "code", user.code(), CODE, "a code is six digits");
            optional(at + "duressCode", user.duressCode(), CODE, "a duress code is six digits");
            String duress = blankToNull(user.duressCode());
            String keptCode = kept.getOrDefault(user.number(), new Hashes(null, null)).code();
            boolean sameAsCode = user.code() != null && !user.code().isBlank()
                    ? user.code().strip().equals(duress)
                    : duress != null && keptCode != null && encoder.matches(duress, keptCode);
            if (sameAsCode) {
                // Typed under threat, it would disarm silently as the ordinary code does: no alarm would ever come.
                throw new InvalidRegistrationException(at + "duressCode", "the duress code must differ from the user's code");
            }
        }
        List<Hashes> hashes = users.stream().map(user -> {
            Hashes before = kept.getOrDefault(user.number(), new Hashes(null, null));
            return new Hashes(user.code() == null || user.code().isBlank() ? before.code() : encoder.encode(user.code().strip()),
                    user.duressCode() == null || user.duressCode().isBlank() ? before.duress() : encoder.encode(user.duressCode().strip()));
        }).toList();
        jdbc.sql("delete from site_user where site_id = ?").param(siteId).update();
        for (int i = 0; i < users.size(); i++) {
            PanelUserRegistration user = users.get(i);
            jdbc.sql("""
                    insert into site_user (site_id, user_number, name, phone, code_hash, duress_code_hash)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(siteId, user.number(), user.name().strip(), blankToNull(user.phone()), hashes.get(i).code(),
                            hashes.get(i).duress())
                    .update();
        }
        return true;
    }
}
