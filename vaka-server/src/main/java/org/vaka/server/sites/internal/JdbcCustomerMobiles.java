package org.vaka.server.sites.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vaka.server.sites.CustomerMobiles;

@Service
class JdbcCustomerMobiles implements CustomerMobiles {

    private final JdbcClient jdbc;

    JdbcCustomerMobiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> mobile(long tenantId, long customerId) {
        return jdbc.sql("select mobile from customer where id = ? and tenant_id = ?").params(customerId, tenantId)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(m -> m);
    }

    @Override
    @Transactional
    public int change(long tenantId, long customerId, String newMobile, Predicate<String> wasTheOld) {
        if (jdbc.sql("update customer set mobile = ? where id = ? and tenant_id = ?").params(newMobile, customerId, tenantId)
                .update() == 0) {
            return 0;
        }
        record Row(long id, String phone) {
        }
        List<Row> contacts = jdbc.sql("""
                        select c.id, c.phone from site_contact c join site s on s.id = c.site_id
                        where s.customer_id = ? and s.tenant_id = ?""").params(customerId, tenantId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2))).list();
        int followed = 0;
        for (Row contact : contacts) {
            if (wasTheOld.test(contact.phone())) {
                followed += jdbc.sql("update site_contact set phone = ? where id = ?").params(newMobile, contact.id()).update();
            }
        }
        return followed;
    }
}
