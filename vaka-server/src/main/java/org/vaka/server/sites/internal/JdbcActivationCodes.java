package org.vaka.server.sites.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vaka.server.sites.ActivationCode;
import org.vaka.server.sites.ActivationCodes;
import org.vaka.server.sites.InvalidRegistrationException;
import org.vaka.server.sites.IssuedActivationCode;
import org.vaka.server.sites.SiteView;
import org.vaka.server.sites.Sites;

@Service
class JdbcActivationCodes implements ActivationCodes {

    private final JdbcClient jdbc;
    private final SiteOwnership ownership;
    private final Sites sites;
    private final Clock clock;

    JdbcActivationCodes(JdbcClient jdbc, SiteOwnership ownership, Sites sites, Clock clock) {
        this.jdbc = jdbc;
        this.ownership = ownership;
        this.sites = sites;
        this.clock = clock;
    }

    @Override
    public Optional<IssuedActivationCode> issue(long tenantId, long siteId, String issuedBy) {
        return issue(tenantId, siteId, ActivationCode.random(), issuedBy);
    }

    @Override
    @Transactional
    public Optional<IssuedActivationCode> issue(long tenantId, long siteId, String code, String issuedBy) {
        if (!ownership.owns(tenantId, siteId)) {
            return Optional.empty();
        }
        String holder = jdbc.sql("""
                        select c.customer_number from site s join customer c on c.id = s.customer_id
                        where s.id = ? and s.tenant_id = ?""").params(siteId, tenantId).query(String.class).optional()
                .orElse(null);
        if (holder != null) {
            throw new InvalidRegistrationException("site", "the site already belongs to customer " + holder
                    + "; an activation code is for a site no customer holds yet");
        }
        // A contract is an earlier customer's agreement: the portal finds contracts and invoices through the site,
        // so whoever took the site over would read them.
        if (jdbc.sql("select count(*) from contract where site_id = ? and tenant_id = ?").params(siteId, tenantId)
                .query(Long.class).single() > 0) {
            throw new InvalidRegistrationException("site", "the site has a contract, which is an earlier customer's; "
                    + "an activation code is for a newly installed site");
        }
        if (ActivationCode.normalised(code).isEmpty()) {
            throw new IllegalArgumentException("not an activation code");
        }
        Instant now = clock.instant();
        Instant expires = now.plus(VALID);
        jdbc.sql("delete from site_activation_code where site_id = ?").param(siteId).update();
        jdbc.sql("""
                insert into site_activation_code (site_id, tenant_id, code_hash, issued_by, issued_at, expires_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(siteId, tenantId, ActivationCode.hashOf(code), issuedBy, at(now), at(expires)).update();
        return Optional.of(new IssuedActivationCode(siteId, code, expires));
    }

    @Override
    @Transactional
    public Optional<SiteView> redeem(long tenantId, long customerId, long loginId, String typed) {
        if (ActivationCode.normalised(typed).isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<Long> site = jdbc.sql("""
                        select site_id from site_activation_code
                        where code_hash = ? and tenant_id = ? and used_at is null and expires_at > ?""")
                .params(ActivationCode.hashOf(typed), tenantId, at(now)).query(Long.class).optional();
        if (site.isEmpty()) {
            return Optional.empty();
        }
        long siteId = site.get();
        // Spent before the site moves: of two customers entering it at once, one spends it and the other finds none.
        int spent = jdbc.sql("update site_activation_code set used_at = ?, used_by = ? where site_id = ? and used_at is null")
                .params(at(now), loginId, siteId).update();
        int taken = spent == 0 ? 0 : jdbc.sql("""
                        update site set customer_id = ?, customer_since = ?
                        where id = ? and tenant_id = ? and customer_id is null
                          and not exists (select 1 from contract where contract.site_id = site.id)""")
                .params(customerId, at(now), siteId, tenantId).update();
        if (taken == 0) {
            return Optional.empty();
        }
        boolean noCallList = jdbc.sql("select count(*) from site_contact where site_id = ?").param(siteId)
                .query(Long.class).single() == 0;
        if (noCallList) {
            jdbc.sql("""
                    insert into site_contact (site_id, position, name, phone)
                    select ?, 1, name, mobile from customer where id = ? and tenant_id = ? and mobile is not null""")
                    .params(siteId, customerId, tenantId).update();
        }
        return sites.find(tenantId, siteId);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
