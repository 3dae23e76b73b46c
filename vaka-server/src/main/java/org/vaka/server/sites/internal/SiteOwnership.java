package org.vaka.server.sites.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The one check every per-site query starts with: is this site the caller's tenant's? */
@Component
class SiteOwnership {

    private final JdbcClient jdbc;

    SiteOwnership(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean owns(long tenantId, long siteId) {
        return jdbc.sql("select count(*) from site where id = ? and tenant_id = ?").params(siteId, tenantId)
                .query(Integer.class).single() > 0;
    }
}
