package org.vaka.server.sites.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vaka.server.sites.Customer;
import org.vaka.server.sites.InvalidRegistrationException;
import org.vaka.server.sites.SiteDescriptions;
import org.vaka.server.sites.SiteDetails;
import org.vaka.server.sites.Zone;

@Service
class JdbcSiteDescriptions implements SiteDescriptions {

    static final String PHONE = "\\+?[0-9 ()-]{5,31}";

    private final JdbcClient jdbc;
    private final SiteOwnership ownership;
    private final Clock clock;

    JdbcSiteDescriptions(JdbcClient jdbc, SiteOwnership ownership, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.ownership = ownership;
    }

    @Override
    public Optional<SiteDetails> details(long tenantId, long siteId) {
        return jdbc.sql("""
                select c.customer_number, c.name, c.mobile, c.email, s.street, s.postal_code, s.city, s.directions,
                       s.key_held, s.guard_company
                from site s left join customer c on c.id = s.customer_id and c.tenant_id = s.tenant_id
                where s.id = ? and s.tenant_id = ?""").params(siteId, tenantId)
                .query((rs, row) -> new SiteDetails(
                        rs.getString("customer_number") == null ? null : new Customer(rs.getString("customer_number"),
                                rs.getString("name"), rs.getString("mobile"), rs.getString("email")),
                        rs.getString("street"), rs.getString("postal_code"), rs.getString("city"),
                        rs.getString("directions"), rs.getBoolean("key_held"), rs.getString("guard_company")))
                .optional();
    }

    @Override
    @Transactional
    public boolean describe(long tenantId, long siteId, SiteDetails details) {
        if (!ownership.owns(tenantId, siteId)) {
            return false;
        }
        Customer customer = details.customer();
        if (customer != null) {
            require("customer.number", customer.number(), "[0-9A-Za-z-]{1,20}", "a customer number has 1 to 20 letters, digits or dashes");
            require("customer.name", customer.name(), ".{1,200}", "a customer needs a name (at most 200 characters)");
            optional("customer.mobile", customer.mobile(), PHONE, "not a phone number: " + customer.mobile());
            optional("customer.email", customer.email(), "[^@\\s]{1,64}@[^@\\s]{1,189}", "not an e-mail address: " + customer.email());
        }
        optional("street", details.street(), ".{0,200}", "a street has at most 200 characters");
        optional("postalCode", details.postalCode(), "[0-9A-Za-z -]{0,10}", "not a postal code: " + details.postalCode());
        optional("city", details.city(), ".{0,100}", "a city has at most 100 characters");
        optional("directions", details.directions(), "(?s).{0,2000}", "directions have at most 2000 characters");
        optional("guardCompany", details.guardCompany(), ".{0,200}", "a guard company has at most 200 characters");
        Long customerId = customer == null ? null : customerId(tenantId, customer);
        // A site handed from one customer to another: the new one's portal begins now (see SiteView.customerSince).
        if (customerId != null) {
            jdbc.sql("""
                    update site set customer_since = ?
                    where id = ? and tenant_id = ? and customer_id is not null and customer_id <> ?""")
                    .params(OffsetDateTime.now(clock), siteId, tenantId, customerId).update();
        }
        jdbc.sql("""
                update site set customer_id = ?, street = ?, postal_code = ?, city = ?, directions = ?, key_held = ?,
                       guard_company = ?
                where id = ? and tenant_id = ?""")
                .params(customerId, blankToNull(details.street()), blankToNull(details.postalCode()), blankToNull(details.city()),
                        blankToNull(details.directions()), details.keyHeld(), blankToNull(details.guardCompany()), siteId, tenantId)
                .update();
        return true;
    }

    private long customerId(long tenantId, Customer customer) {
        String number = customer.number().strip();
        Optional<Long> existing = jdbc.sql("select id from customer where tenant_id = ? and customer_number = ?")
                .params(tenantId, number).query(Long.class).optional();
        if (existing.isPresent()) {
            jdbc.sql("update customer set name = ?, mobile = ?, email = ? where id = ?")
                    .params(customer.name().strip(), blankToNull(customer.mobile()), blankToNull(customer.email()), existing.get())
                    .update();
            return existing.get();
        }
        jdbc.sql("insert into customer (tenant_id, customer_number, name, mobile, email) values (?, ?, ?, ?, ?)")
                .params(tenantId, number, customer.name().strip(), blankToNull(customer.mobile()), blankToNull(customer.email()))
                .update();
        return jdbc.sql("select id from customer where tenant_id = ? and customer_number = ?").params(tenantId, number)
                .query(Long.class).single();
    }

    @Override
    public Optional<List<Zone>> zones(long tenantId, long siteId) {
        if (!ownership.owns(tenantId, siteId)) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("select zone, name, zone_type from site_zone where site_id = ? order by zone")
                .param(siteId)
                .query((rs, row) -> new Zone(rs.getString("zone"), rs.getString("name"),
                        org.vaka.server.sites.ZoneType.valueOf(rs.getString("zone_type"))))
                .list());
    }

    @Override
    @Transactional
    public boolean replaceZones(long tenantId, long siteId, List<Zone> zones) {
        if (!ownership.owns(tenantId, siteId)) {
            return false;
        }
        for (int i = 0; i < zones.size(); i++) {
            Zone zone = zones.get(i);
            require("zones[" + i + "].zone", zone.zone(), "[0-9A-Za-z]{1,8}", "a zone number has 1 to 8 digits or letters");
            require("zones[" + i + "].name", zone.name(), ".{1,100}", "a zone needs a name (at most 100 characters)");
            if (zone.type() == null) {
                throw new InvalidRegistrationException("zones[" + i + "].type", "a zone needs a type");
            }
            for (int j = 0; j < i; j++) {
                if (zones.get(j).is(zone.zone())) {
                    throw new InvalidRegistrationException("zones[" + i + "].zone", "zone " + zone.zone() + " is listed twice");
                }
            }
        }
        jdbc.sql("delete from site_zone where site_id = ?").param(siteId).update();
        for (Zone zone : zones) {
            jdbc.sql("insert into site_zone (site_id, zone, name, zone_type) values (?, ?, ?, ?)")
                    .params(siteId, zone.zone().strip(), zone.name().strip(), zone.type().name()).update();
        }
        return true;
    }

    static void require(String field, String value, String pattern, String message) {
        if (value == null || value.isBlank() || !value.strip().matches(pattern)) {
            throw new InvalidRegistrationException(field, message);
        }
    }

    static void optional(String field, String value, String pattern, String message) {
        if (value != null && !value.isBlank() && !value.strip().matches(pattern)) {
            throw new InvalidRegistrationException(field, message);
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
