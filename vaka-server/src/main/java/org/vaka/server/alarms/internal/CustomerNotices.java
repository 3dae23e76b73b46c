package org.vaka.server.alarms.internal;

import org.springframework.stereotype.Component;
import org.vaka.server.notify.Outbox;
import org.vaka.server.sites.Contact;
import org.vaka.server.sites.SiteContacts;
import org.vaka.server.sites.SiteView;
import org.vaka.server.sites.Sites;

/**
 * What the customer is told, by SMS to the first contact person and by e-mail to the customer when the site has an
 * address for one: a cancelled alarm (Smart Verification), a power cut, its restore, a reminder when the power has
 * been gone for hours, and the report of a test. Texts in Swedish, as the customers' own.
 */
@Component
class CustomerNotices {

    private final Outbox outbox;
    private final Sites sites;
    private final SiteContacts contacts;
    private final org.vaka.server.sites.SiteDescriptions descriptions;

    CustomerNotices(Outbox outbox, Sites sites, SiteContacts contacts, org.vaka.server.sites.SiteDescriptions descriptions) {
        this.descriptions = descriptions;
        this.outbox = outbox;
        this.sites = sites;
        this.contacts = contacts;
    }

    void alarmCancelled(long tenantId, long siteId) {
        tell(tenantId, siteId, "SMART_VERIFICATION",
                "Larmet på %s avbröts: larmet kopplades från med giltig kod inom 60 sekunder. Inget mer behöver göras.");
    }

    void mainsLost(long tenantId, long siteId) {
        tell(tenantId, siteId, "MAINS_LOST",
                "Strömavbrott på %s. Larmet går på batteri (ca 48 timmar) och bevakningen fortsätter.");
    }

    void mainsRestored(long tenantId, long siteId) {
        tell(tenantId, siteId, "MAINS_RESTORED", "Strömmen är tillbaka på %s.");
    }

    void mainsStillOut(long tenantId, long siteId) {
        tell(tenantId, siteId, "MAINS_REMINDER",
                "Påminnelse: strömmen är fortfarande borta på %s sedan mer än 6 timmar. Kontrollera säkringar och elnät.");
    }

    /** The test report goes by e-mail only: a list of signals is no SMS. */
    void testReport(long tenantId, long siteId, String report) {
        String site = siteName(tenantId, siteId);
        customerEmail(tenantId, siteId).ifPresent(address -> outbox.email(tenantId, siteId, address,
                "Testrapport för " + site, "Testet av larmet på " + site + " är avslutat. Larmcentralen tog emot:\n\n"
                        + report + "\n\nVi ringer upp och går igenom resultatet med dig.", "TEST_REPORT"));
    }

    private void tell(long tenantId, long siteId, String reason, String text) {
        String site = siteName(tenantId, siteId);
        String message = String.format(text, site);
        contacts.contacts(tenantId, siteId).orElse(java.util.List.of()).stream()
                .map(Contact::phone).findFirst()
                .ifPresent(phone -> outbox.sms(tenantId, siteId, phone, message, reason));
        customerEmail(tenantId, siteId).ifPresent(address ->
                outbox.email(tenantId, siteId, address, "Larmet på " + site, message, reason));
    }

    private String siteName(long tenantId, long siteId) {
        return sites.find(tenantId, siteId).map(SiteView::name).orElse("anläggningen");
    }

    private java.util.Optional<String> customerEmail(long tenantId, long siteId) {
        return descriptions.details(tenantId, siteId).map(org.vaka.server.sites.SiteDetails::customer)
                .map(org.vaka.server.sites.Customer::email).filter(address -> !address.isBlank());
    }
}
