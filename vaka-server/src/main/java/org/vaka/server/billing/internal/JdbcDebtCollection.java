package org.vaka.server.billing.internal;

import java.util.StringJoiner;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.vaka.server.billing.DebtCollection;

@Service
class JdbcDebtCollection implements DebtCollection {

    static final String HEADER = "customer_number;name;address;invoice;reference;issued_on;due_on;total;fees;paid;outstanding;currency";

    private final JdbcClient jdbc;

    JdbcDebtCollection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String exportFile(long tenantId) {
        StringJoiner file = new StringJoiner("\n", "", "\n");
        file.add(HEADER);
        jdbc.sql("""
                        select cu.customer_number, cu.name, s.street, s.postal_code, s.city, i.number, i.reference,
                               i.issued_on, i.due_on, i.total, i.fees, i.paid, i.currency
                        from invoice i join contract c on c.id = i.contract_id join customer cu on cu.id = c.customer_id
                             join site s on s.id = c.site_id
                        where i.tenant_id = ? and i.status = 'COLLECTION' order by i.due_on, i.number""")
                .param(tenantId)
                .query(rs -> {
                    long owed = rs.getLong("total") + rs.getLong("fees") - rs.getLong("paid");
                    String address = String.join(", ", field(rs.getString("street")),
                            (field(rs.getString("postal_code")) + " " + field(rs.getString("city"))).strip());
                    file.add(String.join(";", field(rs.getString("customer_number")), field(rs.getString("name")), address,
                            String.valueOf(rs.getLong("number")), rs.getString("reference"),
                            String.valueOf(rs.getObject("issued_on", java.time.LocalDate.class)),
                            String.valueOf(rs.getObject("due_on", java.time.LocalDate.class)),
                            String.valueOf(rs.getLong("total")), String.valueOf(rs.getLong("fees")),
                            String.valueOf(rs.getLong("paid")), String.valueOf(owed), rs.getString("currency")));
                });
        return file.toString();
    }

    /** A field never breaks the file: no separators or line breaks inside it. */
    private static String field(String value) {
        return value == null ? "" : value.replace(';', ',').replace('\n', ' ').replace('\r', ' ');
    }
}
