package org.vaka.server.billing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vaka.server.billing.ContractKind;
import org.vaka.server.billing.ContractTerms;
import org.vaka.server.billing.ContractView;
import org.vaka.server.billing.Contracts;
import org.vaka.server.billing.InvalidBillingInputException;
import org.vaka.server.billing.InvoicingPeriod;
import org.vaka.server.billing.Market;
import org.vaka.server.billing.NewContract;
import org.vaka.server.billing.OneOffItem;
import org.vaka.server.billing.PaymentMethod;
import org.vaka.server.sites.PanelAccounts;

@Component
class JdbcContracts implements Contracts {

    private static final String SELECT = """
            select c.*, cu.customer_number, cu.name as customer_name, s.name as site_name
              from contract c join customer cu on cu.id = c.customer_id join site s on s.id = c.site_id
            """;

    private final JdbcClient jdbc;
    private final PanelAccounts accounts;

    JdbcContracts(JdbcClient jdbc, PanelAccounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Override
    public Optional<List<ContractView>> forAccount(long tenantId, String account) {
        return accounts.view(tenantId, account).map(view -> jdbc.sql(SELECT + " where c.tenant_id = ? and c.site_id = ? order by c.id")
                .params(tenantId, view.siteId()).query(JdbcContracts::row).list());
    }

    @Override
    public Optional<ContractView> byId(long tenantId, long id) {
        return jdbc.sql(SELECT + " where c.tenant_id = ? and c.id = ?").params(tenantId, id).query(JdbcContracts::row).optional();
    }

    @Override
    public Optional<ContractView> forSite(long tenantId, long siteId) {
        return jdbc.sql(SELECT + " where c.tenant_id = ? and c.site_id = ?").params(tenantId, siteId).query(JdbcContracts::row).optional();
    }

    @Override
    @Transactional
    public ContractView open(long tenantId, NewContract c) {
        require(c.market() != null, "market", "the market is SE or FI");
        require(c.kind() != null, "kind", "the kind is HOME or BUSINESS");
        require(c.activatedOn() != null, "activatedOn", "the activation day is required");
        require(c.invoicingPeriod() != null, "invoicingPeriod", "one of MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY");
        require(c.paymentMethod() != null, "paymentMethod", "one of PAPER, EMAIL, E_INVOICE, AUTOGIRO");
        require(c.monthlyFee() >= 0, "monthlyFee", "the monthly fee is not negative");
        require(c.monthlyRental() >= 0, "monthlyRental", "the monthly rental is not negative");
        try {
            new ContractTerms(c.market(), c.kind(), c.activatedOn(), c.bindingMonths());
        } catch (IllegalArgumentException e) {
            throw new InvalidBillingInputException("bindingMonths", e.getMessage());
        }
        Long customerId = jdbc.sql("select customer_id from site where id = ? and tenant_id = ?").params(c.siteId(), tenantId)
                .query(Long.class).optional().orElseThrow(() -> new InvalidBillingInputException("siteId", "no site " + c.siteId()));
        require(customerId != null, "siteId", "the site has no customer yet");
        require(forSite(tenantId, c.siteId()).isEmpty(), "siteId", "the site already has a contract");
        jdbc.sql("""
                        insert into contract (tenant_id, customer_id, site_id, market, kind, activated_on, binding_months,
                                              invoicing_period, payment_method, monthly_fee, monthly_rental)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenantId, customerId, c.siteId(), c.market().name(), c.kind().name(), c.activatedOn(), c.bindingMonths(),
                        c.invoicingPeriod().name(), c.paymentMethod().name(), c.monthlyFee(), c.monthlyRental())
                .update();
        return forSite(tenantId, c.siteId()).orElseThrow();
    }

    @Override
    @Transactional
    public Optional<Notice> giveNotice(long tenantId, long contractId, LocalDate givenOn, boolean dryRun) {
        return byId(tenantId, contractId).map(contract -> {
            require(givenOn != null, "givenOn", "the day notice is given is required (yyyy-mm-dd)");
            require(!givenOn.isBefore(contract.activatedOn()), "givenOn", "notice cannot be given before the contract is activated ("
                    + contract.activatedOn() + ")");
            LocalDate endsOn = contract.terms().endsOn(givenOn);
            if (!dryRun) {
                require(contract.noticeGivenOn() == null, "givenOn", "notice was already given on " + contract.noticeGivenOn()
                        + "; the contract ends " + contract.endsOn());
                jdbc.sql("update contract set notice_given_on = ?, ends_on = ? where id = ? and tenant_id = ?")
                        .params(givenOn, endsOn, contractId, tenantId).update();
            }
            return new Notice(contractId, givenOn, endsOn, contract.bindingEndsOn(), !dryRun);
        });
    }

    @Override
    public Optional<ContractView> changePaymentMethod(long tenantId, long contractId, PaymentMethod method, LocalDate on) {
        require(method != null, "method", "one of PAPER, EMAIL, E_INVOICE, AUTOGIRO");
        return byId(tenantId, contractId).map(contract -> {
            require(contract.endsOn() == null || !contract.endsOn().isBefore(on), "method", "the contract ended on " + contract.endsOn());
            jdbc.sql("update contract set payment_method = ? where id = ? and tenant_id = ?")
                    .params(method.name(), contractId, tenantId).update();
            return byId(tenantId, contractId).orElseThrow();
        });
    }

    @Override
    @Transactional
    public Optional<Move> reportMove(long tenantId, long contractId, NewMove move, LocalDate reportedOn) {
        return byId(tenantId, contractId).map(contract -> {
            String address = move.newAddress() == null ? "" : move.newAddress().strip();
            require(!address.isEmpty(), "newAddress", "the new address is required");
            require(address.length() <= 300, "newAddress", "the new address is at most 300 characters");
            require(move.moveOn() != null, "moveOn", "the moving day is required (yyyy-mm-dd)");
            require(!move.moveOn().isBefore(reportedOn), "moveOn", "the moving day is not before today (" + reportedOn + ")");
            jdbc.sql("""
                            insert into contract_move (tenant_id, contract_id, new_address, move_on, keep_system, reported_on)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(tenantId, contractId, address, move.moveOn(), move.keepSystem(), reportedOn)
                    .update();
            // a contract's moves are reported one at a time: its newest is the one just inserted
            return new Move(latestMove(tenantId, contractId), contractId, address, move.moveOn(), move.keepSystem(), reportedOn);
        });
    }

    private long latestMove(long tenantId, long contractId) {
        return jdbc.sql("select max(id) from contract_move where tenant_id = ? and contract_id = ?")
                .params(tenantId, contractId).query(Long.class).single();
    }

    @Override
    public List<Move> moves(long tenantId, long contractId) {
        return jdbc.sql("""
                        select id, contract_id, new_address, move_on, keep_system, reported_on from contract_move
                         where tenant_id = ? and contract_id = ? order by id desc""")
                .params(tenantId, contractId)
                .query((rs, n) -> new Move(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                        rs.getBoolean(5), rs.getObject(6, LocalDate.class)))
                .list();
    }

    @Override
    public boolean charge(long tenantId, long contractId, OneOffItem item, LocalDate on) {
        return byId(tenantId, contractId).map(contract -> {
            require(!item.businessOnly() || contract.kind() == ContractKind.BUSINESS, "item", item + " is for business contracts");
            jdbc.sql("insert into pending_charge (tenant_id, contract_id, item, net, added_on) values (?, ?, ?, ?, ?)")
                    .params(tenantId, contractId, item.name(), item.net(contract.market()), on).update();
            return true;
        }).orElse(false);
    }

    private static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidBillingInputException(field, message);
        }
    }

    static ContractView row(ResultSet rs, int n) throws SQLException {
        Market market = Market.valueOf(rs.getString("market"));
        ContractKind kind = ContractKind.valueOf(rs.getString("kind"));
        LocalDate activated = rs.getObject("activated_on", LocalDate.class);
        int binding = rs.getInt("binding_months");
        return new ContractView(rs.getLong("id"), rs.getString("customer_number"), rs.getString("customer_name"),
                rs.getLong("site_id"), rs.getString("site_name"), market, kind, activated, binding,
                new ContractTerms(market, kind, activated, binding).bindingEndsOn(),
                InvoicingPeriod.valueOf(rs.getString("invoicing_period")), PaymentMethod.valueOf(rs.getString("payment_method")),
                market.currency(), rs.getLong("monthly_fee"), rs.getLong("monthly_rental"),
                rs.getObject("notice_given_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class));
    }
}
