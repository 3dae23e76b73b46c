package org.vaka.server.billing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vaka.server.billing.KeyDestructions;

/**
 * Finds, once an hour, the contracts that have ended on sites where the centre holds a key, and puts each key on the
 * list to destroy — once: the contract is the key of the list.
 */
@Service
class JdbcKeyDestructions implements KeyDestructions {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcKeyDestructions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${vaka.billing.keys-interval-ms:3600000}", initialDelayString = "${vaka.billing.keys-interval-ms:3600000}")
    @Transactional
    public void findEndedContracts() {
        jdbc.sql("""
                insert into key_destruction (contract_id, tenant_id, site_id, due_on)
                select c.id, c.tenant_id, c.site_id, c.ends_on from contract c join site s on s.id = c.site_id
                where c.ends_on < ? and s.key_held = true
                  and not exists (select 1 from key_destruction k where k.contract_id = c.id)""")
                .param(LocalDate.now(clock)).update();
    }

    @Override
    public List<KeyDestruction> list(long tenantId) {
        return jdbc.sql("""
                        select k.*, s.name from key_destruction k join site s on s.id = k.site_id
                        where k.tenant_id = ? order by case when k.destroyed_on is null then 0 else 1 end, k.due_on""")
                .param(tenantId).query(JdbcKeyDestructions::toView).list();
    }

    @Override
    @Transactional
    public Optional<KeyDestruction> destroyed(long tenantId, long contractId, String by) {
        jdbc.sql("""
                update key_destruction set destroyed_on = ?, destroyed_by = ?
                where tenant_id = ? and contract_id = ? and destroyed_on is null""")
                .params(LocalDate.now(clock), by, tenantId, contractId).update();
        return jdbc.sql("select k.*, s.name from key_destruction k join site s on s.id = k.site_id where k.tenant_id = ? and k.contract_id = ?")
                .params(tenantId, contractId).query(JdbcKeyDestructions::toView).optional();
    }

    private static KeyDestruction toView(ResultSet rs, int row) throws SQLException {
        return new KeyDestruction(rs.getLong("contract_id"), rs.getLong("site_id"), rs.getString("name"),
                rs.getObject("due_on", LocalDate.class), rs.getObject("destroyed_on", LocalDate.class),
                rs.getString("destroyed_by"));
    }
}
