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
import org.vaka.server.sites.PanelUsers;
import org.vaka.server.sites.SiteContacts;
import org.vaka.server.sites.SiteDescriptions;

/**
 * A demo data directory from before sites had customers, zones and users gets them at the next start, once; the
 * demo entries that were already there stay as they were.
 */
@SpringBootTest
class DemoSiteDetailsUpgradeTest {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        TestDatabases.freshServerOnH2(registry);
    }

    @Autowired DemoTenant demo;
    @Autowired JdbcClient jdbc;
    @Autowired PanelAccounts accounts;
    @Autowired SiteDescriptions descriptions;
    @Autowired PanelUsers users;
    @Autowired SiteContacts contacts;

    @Test
    void anOldDemoDatabaseGetsTheSiteDetailsOnceAndKeepsTheRest() throws Exception {
        // What a database from before V8's data looks like: the columns and tables are there, empty.
        jdbc.sql("update site set customer_id = null, street = null, postal_code = null, city = null, directions = null, "
                + "key_held = false, guard_company = null").update();
        // ...and from before V14: no customer logins yet.
        jdbc.sql("delete from customer_session").update();
        jdbc.sql("delete from customer_login").update();
        for (String billing : new String[] {"payment", "invoice_line", "pending_charge", "invoice", "contract"}) {
            jdbc.sql("delete from " + billing).update();
        }
        jdbc.sql("delete from customer").update();
        jdbc.sql("delete from site_zone").update();
        jdbc.sql("delete from site_user").update();
        jdbc.sql("delete from site_instruction_step").update();
        long anna = accounts.view(1, "1234").orElseThrow().siteId();
        var callList = contacts.contacts(1, anna).orElseThrow();
        String staffBefore = jdbc.sql("select email || password_hash from staff_user order by id").query(String.class).list().toString();

        demo.run(null);
        demo.run(null); // a second start changes nothing

        var details = descriptions.details(1, anna).orElseThrow();
        assertThat(details.customer().number()).isEqualTo("100001");
        assertThat(details.keyHeld()).isTrue();
        assertThat(descriptions.zones(1, anna).orElseThrow()).hasSize(5);
        assertThat(users.users(1, anna).orElseThrow()).hasSize(4);
        assertThat(jdbc.sql("select count(*) from customer").query(Integer.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from site_instruction_step where site_id = ? and kind = 'BURGLARY'").param(anna)
                .query(Integer.class).single()).isEqualTo(4);
        assertThat(contacts.contacts(1, anna).orElseThrow()).isEqualTo(callList);
        assertThat(jdbc.sql("select l.email || ' ' || l.role || ' ' || c.customer_number from customer_login l "
                + "join customer c on c.id = l.customer_id order by l.email").query(String.class).list())
                .containsExactly("aino@demo.vaka OWNER 100003", "anna@demo.vaka OWNER 100001", "bo@demo.vaka OWNER 100002");
        assertThat(contacts.verificationWordMatches(1, anna, "blåbär")).contains(true);
        assertThat(jdbc.sql("select email || password_hash from staff_user order by id").query(String.class).list().toString())
                .isEqualTo(staffBefore);
    }
}
