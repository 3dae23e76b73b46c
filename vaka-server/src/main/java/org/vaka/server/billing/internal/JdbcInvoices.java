package org.vaka.server.billing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vaka.server.billing.InvoiceLine;
import org.vaka.server.billing.InvoiceStatus;
import org.vaka.server.billing.InvoiceView;
import org.vaka.server.billing.Invoices;
import org.vaka.server.sites.PanelAccounts;

@Component
class JdbcInvoices implements Invoices {

    private static final String SELECT = """
            select i.*, cu.customer_number, cu.name as customer_name
              from invoice i join contract c on c.id = i.contract_id join customer cu on cu.id = c.customer_id
            """;

    private final JdbcClient jdbc;
    private final PanelAccounts accounts;
    private final Seller seller;
    private final InvoicePdf pdf = new InvoicePdf();

    JdbcInvoices(JdbcClient jdbc, PanelAccounts accounts, Seller seller) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.seller = seller;
    }

    @Override
    public Optional<List<InvoiceView>> forAccount(long tenantId, String account) {
        return accounts.view(tenantId, account).map(view -> jdbc.sql(SELECT
                        + " where i.tenant_id = ? and c.site_id = ? order by i.issued_on desc, i.number desc")
                .params(tenantId, view.siteId()).query(this::row).list());
    }

    @Override
    public List<InvoiceView> forContract(long tenantId, long contractId) {
        return jdbc.sql(SELECT + " where i.tenant_id = ? and i.contract_id = ? order by i.issued_on desc, i.number desc")
                .params(tenantId, contractId).query(this::row).list();
    }

    @Override
    public Optional<InvoiceView> byNumber(long tenantId, long number) {
        return jdbc.sql(SELECT + " where i.tenant_id = ? and i.number = ?").params(tenantId, number).query(this::row).optional();
    }

    @Override
    public Optional<byte[]> pdf(long tenantId, long number) {
        return byNumber(tenantId, number).map(invoice -> {
            String sellerName = jdbc.sql("select name from tenant where id = ?").param(tenantId).query(String.class).single();
            InvoicePdf.Recipient recipient = jdbc.sql("""
                            select cu.name, s.street, s.postal_code, s.city
                              from invoice i join contract c on c.id = i.contract_id
                              join customer cu on cu.id = c.customer_id join site s on s.id = c.site_id
                             where i.tenant_id = ? and i.number = ?""")
                    .params(tenantId, number)
                    .query((rs, n) -> new InvoicePdf.Recipient(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                    .single();
            return pdf.render(sellerName, seller, invoice, recipient);
        });
    }

    private InvoiceView row(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        List<InvoiceLine> lines = jdbc.sql("select description, net, vat from invoice_line where invoice_id = ? order by position")
                .param(id).query((l, m) -> new InvoiceLine(l.getString(1), l.getLong(2), l.getLong(3))).list();
        return new InvoiceView(rs.getLong("number"), rs.getString("reference"), rs.getLong("contract_id"),
                rs.getString("customer_number"), rs.getString("customer_name"),
                rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
                rs.getObject("issued_on", LocalDate.class), rs.getObject("due_on", LocalDate.class), rs.getString("currency"),
                rs.getLong("net"), rs.getLong("vat"), rs.getLong("total"), rs.getLong("paid"), rs.getLong("fees"),
                InvoiceStatus.valueOf(rs.getString("status")), rs.getInt("reminder_level"), lines);
    }
}
