package org.vaka.server.alarms.internal;

import org.springframework.stereotype.Component;
import org.vaka.server.notify.Outbox;
import org.vaka.server.sites.Contact;
import org.vaka.server.sites.SiteContacts;
import org.vaka.server.sites.SiteView;
import org.vaka.server.sites.Sites;

/**
 * What the customer is told, by SMS to the first contact person: a cancelled alarm (Smart Verification), a power
 * cut, its restore, and a reminder when the power has been gone for hours. Texts in Swedish, as the customers' own.
 */
@Component
class CustomerNotices {

    private final Outbox outbox;
    private final Sites sites;
    private final SiteContacts contacts;

    CustomerNotices(Outbox outbox, Sites sites, SiteContacts contacts) {
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

    private void tell(long tenantId, long siteId, String reason, String text) {
        String phone = contacts.contacts(tenantId, siteId).orElse(java.util.List.of()).stream()
                .map(Contact::phone).findFirst().orElse(null);
        if (phone == null) {
            return; // nobody to tell; the operator sees the alarm
        }
        String site = sites.find(tenantId, siteId).map(SiteView::name).orElse("anläggningen");
        outbox.sms(tenantId, siteId, phone, String.format(text, site), reason);
    }
}
