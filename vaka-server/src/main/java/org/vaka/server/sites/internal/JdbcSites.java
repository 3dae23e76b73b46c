package org.vaka.server.sites.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.vaka.server.sites.SiteView;
import org.vaka.server.sites.Sites;

@Service
class JdbcSites implements Sites {

    private static final String SELECT = """
            select s.id, s.name, s.customer_since, a.account
            from site s left join panel_account a on a.site_id = s.id
            where s.tenant_id = ?""";

    private final JdbcClient jdbc;

    JdbcSites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SiteView> list(long tenantId, String account) {
        if (account == null || account.isBlank()) {
            return collect(jdbc.sql(SELECT + " order by s.id, a.account").param(tenantId));
        }
        return collect(jdbc.sql(SELECT + " and s.id in (select site_id from panel_account where account = ? and tenant_id = ?)"
                + " order by s.id, a.account").params(tenantId, account.strip().toUpperCase(Locale.ROOT), tenantId));
    }

    @Override
    public Optional<SiteView> find(long tenantId, long siteId) {
        return collect(jdbc.sql(SELECT + " and s.id = ? order by a.account").params(tenantId, siteId)).stream().findFirst();
    }

    @Override
    public List<SiteView> ofCustomer(long tenantId, long customerId) {
        return collect(jdbc.sql(SELECT + " and s.customer_id = ? order by s.id, a.account").params(tenantId, customerId));
    }

    private static List<SiteView> collect(JdbcClient.StatementSpec query) {
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, List<String>> accounts = new LinkedHashMap<>();
        Map<Long, Instant> since = new HashMap<>();
        query.query((rs, row) -> {
            long id = rs.getLong("id");
            names.put(id, rs.getString("name"));
            OffsetDateTime customerSince = rs.getObject("customer_since", OffsetDateTime.class);
            if (customerSince != null) {
                since.put(id, customerSince.toInstant());
            }
            List<String> list = accounts.computeIfAbsent(id, k -> new ArrayList<>());
            String account = rs.getString("account");
            if (account != null) {
                list.add(account);
            }
            return id;
        }).list();
        return names.entrySet().stream().map(e -> new SiteView(e.getKey(), e.getValue(), accounts.get(e.getKey()), since.get(e.getKey())))
                .toList();
    }
}
