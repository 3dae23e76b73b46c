package org.vaka.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vaka.server.TestDatabases;
import org.vaka.server.sites.PanelAccounts;
import org.vaka.server.sites.SiteDescriptions;

/**
 * The demo's contracts and invoice history: written once on a new database, again on a demo database from before
 * billing, and never twice.
 */
@SpringBootTest
class DemoBillingTest {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        TestDatabases.freshServerOnH2(registry);
    }

    @Autowired DemoTenant tenant;
    @Autowired DemoBilling billing;
    @Autowired JdbcClient jdbc;
    @Autowired PanelAccounts accounts;
    @Autowired SiteDescriptions descriptions;

    @Test
    void seededOnceAndAgainOnADatabaseFromBeforeBilling() throws Exception {
        var aino = accounts.view(1, "2468").orElseThrow();
        assertThat(aino.encrypted()).isFalse();
        assertThat(aino.receiver()).isEqualTo("0");
        assertThat(descriptions.details(1, aino.siteId()).orElseThrow().customer().email()).isEqualTo("aino@demo.vaka");
        String seeded = snapshot();
        assertThat(count("contract")).isEqualTo(3);
        assertThat(count("invoice")).isGreaterThanOrEqualTo(12 + 4 + 12);

        tenant.run(null);
        billing.run(null);
        assertThat(snapshot()).isEqualTo(seeded);

        // a demo database from before V15: the tables are there, empty
        for (String table : new String[] {"payment", "invoice_line", "pending_charge", "invoice", "contract", "invoice_number"}) {
            jdbc.sql("delete from " + table).update();
        }
        tenant.run(null);
        billing.run(null);
        billing.run(null);
        assertThat(count("contract")).isEqualTo(3);
        assertThat(count("invoice")).isEqualTo(Integer.parseInt(seeded.split("/")[1]));
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    private String snapshot() {
        return count("contract") + "/" + count("invoice") + "/" + count("invoice_line") + "/" + count("payment") + "/"
                + count("panel_account");
    }
}
