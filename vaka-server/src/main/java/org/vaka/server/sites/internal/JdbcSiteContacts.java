package org.vaka.server.sites.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vaka.server.sites.Contact;
import org.vaka.server.sites.InvalidRegistrationException;
import org.vaka.server.sites.SiteContacts;

@Service
class JdbcSiteContacts implements SiteContacts {

    private final JdbcClient jdbc;
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

    JdbcSiteContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private boolean owns(long tenantId, long siteId) {
        return jdbc.sql("select count(*) from site where id = ? and tenant_id = ?").params(siteId, tenantId)
                .query(Integer.class).single() > 0;
    }

    @Override
    public Optional<List<Contact>> contacts(long tenantId, long siteId) {
        if (!owns(tenantId, siteId)) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("select position, name, phone from site_contact where site_id = ? order by position")
                .param(siteId).query((rs, row) -> new Contact(rs.getInt("position"), rs.getString("name"), rs.getString("phone")))
                .list());
    }

    @Override
    @Transactional
    public boolean replaceContacts(long tenantId, long siteId, List<Contact> contacts) {
        if (!owns(tenantId, siteId)) {
            return false;
        }
        for (int i = 0; i < contacts.size(); i++) {
            Contact c = contacts.get(i);
            if (c.name() == null || c.name().isBlank() || c.name().length() > 200) {
                throw new InvalidRegistrationException("contacts[" + i + "].name", "a contact needs a name (at most 200 characters)");
            }
            if (c.phone() == null || !c.phone().strip().matches("\\+?[0-9 ()-]{5,31}")) {
                throw new InvalidRegistrationException("contacts[" + i + "].phone", "not a phone number: " + c.phone());
            }
        }
        jdbc.sql("delete from site_contact where site_id = ?").param(siteId).update();
        for (int i = 0; i < contacts.size(); i++) {
            jdbc.sql("insert into site_contact (site_id, position, name, phone) values (?, ?, ?, ?)")
                    .params(siteId, i + 1, contacts.get(i).name().strip(), contacts.get(i).phone().strip()).update();
        }
        return true;
    }

    @Override
    public boolean setVerificationWord(long tenantId, long siteId, String word) {
        if (word == null || normal(word).length() < 3 || word.length() > 100) {
            throw new InvalidRegistrationException("word", "a verification word has 3 to 100 characters");
        }
        return jdbc.sql("update site set verification_hash = ? where id = ? and tenant_id = ?")
                .params(bcrypt.encode(normal(word)), siteId, tenantId).update() == 1;
    }

    @Override
    public Optional<Boolean> verificationWordMatches(long tenantId, long siteId, String word) {
        return jdbc.sql("select verification_hash from site where id = ? and tenant_id = ?").params(siteId, tenantId)
                .query(String.class).optional()
                .map(hash -> word != null && bcrypt.matches(normal(word), hash));
    }

    /** Said over the phone, then typed: case and surrounding spaces are not part of the word. */
    private static String normal(String word) {
        return word.strip().toLowerCase(Locale.ROOT);
    }
}
