package org.vaka.server.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vaka.server.identity.CustomerLogins;
import org.vaka.server.identity.CustomerRole;
import org.vaka.server.identity.Role;
import org.vaka.server.identity.StaffDirectory;
import org.vaka.server.sites.PanelAccountRegistration;
import org.vaka.server.sites.PanelAccounts;
import org.vaka.server.sites.Contact;
import org.vaka.server.sites.SiteContacts;
import org.vaka.server.sites.Customer;
import org.vaka.server.sites.InstructionAction;
import org.vaka.server.sites.InstructionStep;
import org.vaka.server.sites.PanelUserRegistration;
import org.vaka.server.sites.PanelUsers;
import org.vaka.server.sites.SiteDescriptions;
import org.vaka.server.sites.SiteDetails;
import org.vaka.server.sites.SiteInstructions;
import org.vaka.server.sites.Zone;
import org.vaka.server.sites.ZoneType;
import java.util.List;

/**
 * Seeds an empty database with the demo tenant. These entries are fixed: the README, the simulator and
 * other tools rely on them — change nothing here without changing them all.
 */
@Component
@Order(0)
class DemoTenant implements ApplicationRunner {

    static final long TENANT_ID = 1;
    static final String AES128 = "000102030405060708090A0B0C0D0E0F";
    static final String AES256 = "000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F";

    private static final Logger log = LoggerFactory.getLogger(DemoTenant.class);

    private final StaffDirectory staff;
    private final CustomerLogins customerLogins;
    private final PanelAccounts accounts;
    private final SiteContacts contacts;
    private final SiteDescriptions descriptions;
    private final PanelUsers users;
    private final SiteInstructions instructions;
    private final boolean enabled;

    DemoTenant(StaffDirectory staff, CustomerLogins customerLogins, PanelAccounts accounts, SiteContacts contacts, SiteDescriptions descriptions,
               PanelUsers users, SiteInstructions instructions, @Value("${vaka.demo.seed:true}") boolean enabled) {
        this.descriptions = descriptions;
        this.users = users;
        this.instructions = instructions;
        this.staff = staff;
        this.customerLogins = customerLogins;
        this.accounts = accounts;
        this.contacts = contacts;
        this.enabled = enabled;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        if (staff.anyTenant()) {
            addBrokerLogins();
            addAino();
            addSiteDetails();
            addCustomerLogins();
            return;
        }
        staff.createTenant(TENANT_ID, "Demo Larm AB");
        staff.createStaff(TENANT_ID, "operator@demo.vaka", "demo-operator", "Olle Operatör", Role.OPERATOR);
        staff.createStaff(TENANT_ID, "admin@demo.vaka", "demo-admin", "Åsa Admin", Role.ADMIN);
        demoPanels().forEach(panel -> accounts.register(TENANT_ID, panel));
        callLists();
        addAino();
        addSiteDetails();
        addCustomerLogins();
        log.info("seeded the demo tenant: operator@demo.vaka / demo-operator, admin@demo.vaka / demo-admin, "
                + "customers anna@demo.vaka, bo@demo.vaka and aino@demo.vaka / demo-customer, "
                + "panel accounts 1234 (plain), 5678 (AES-128), 9ABC (AES-256), MQTT logins demo-broker-<account>, "
                + "contacts, verification words, customers, zones, "
                + "panel users and a burglary instruction; 2468 (plain) is Aino's Finnish home");
    }

    private static java.util.List<PanelAccountRegistration> demoPanels() {
        return java.util.List.of(
                new PanelAccountRegistration("1234", "0", "0", null, null, 90,
                        "Anna Andersson, Villa Solbacken", brokerPassword("1234")),
                new PanelAccountRegistration("5678", "0", "0", AES128, "hex", 90,
                        "Bo Berg Bygg AB, kontoret", brokerPassword("5678")),
                new PanelAccountRegistration("9ABC", "0", "0", AES256, "hex", 90,
                        "Cecilia Carlsson, sommarstugan", brokerPassword("9ABC")));
    }

    /** Who the centre calls for each demo site, and the word a caller must know. */
    private void callLists() {
        record Site(String account, String word, List<Contact> contacts) {
        }
        for (Site site : List.of(
                new Site("1234", "blåbär", List.of(new Contact(1, "Anna Andersson", "+46701234567"),
                        new Contact(2, "Erik Andersson", "+46702345678"))),
                new Site("5678", "hammare", List.of(new Contact(1, "Bo Berg", "+46703456789"),
                        new Contact(2, "Karin Berg", "+46704567890"), new Contact(3, "Väktarbolaget, jour", "+46771112233"))),
                new Site("9ABC", "sjöbod", List.of(new Contact(1, "Cecilia Carlsson", "+358401234567"))))) {
            accounts.view(TENANT_ID, site.account()).ifPresent(view -> {
                contacts.replaceContacts(TENANT_ID, view.siteId(), site.contacts());
                contacts.setVerificationWord(TENANT_ID, view.siteId(), site.word());
            });
        }
    }

    /**
     * Customers, addresses, zones, panel users and 1234's own burglary instruction. Also run on a data directory
     * from before sites had them: a demo site without a customer gets its details once; one that has a customer was
     * seeded (or edited) already and is left alone.
     */
    private void addSiteDetails() {
        record Site(String account, SiteDetails details, List<Zone> zones, List<PanelUserRegistration> users,
                    List<InstructionStep> burglary) {
        }
        for (Site site : List.of(
                new Site("1234", new SiteDetails(new Customer("100001", "Anna Andersson", "+46701234567", "anna@demo.vaka"),
                        "Solbackevägen 12", "123 45", "Farsta",
                        "Gul villa längst in på återvändsgränden, infart från Solbackevägen. Panelen sitter innanför "
                                + "entrédörren till vänster. Snäll hund i huset.",
                        true, "Securitas Väktare"),
                        List.of(new Zone("01", "Entrédörr", ZoneType.DOOR), new Zone("02", "Altandörr", ZoneType.DOOR),
                                new Zone("03", "Vardagsrum", ZoneType.MOTION), new Zone("04", "Hall rökdetektor", ZoneType.SMOKE),
                                new Zone("05", "Kamera hall", ZoneType.CAMERA)),
                        List.of(new PanelUserRegistration(1, "Anna Andersson", "+46701234567", "123456", "999999"),
                                new PanelUserRegistration(2, "Erik Andersson", "+46702345678", "234567", null),
                                new PanelUserRegistration(3, "Maja Andersson", null, "345678", null),
                                new PanelUserRegistration(4, "Städfirman", null, "456789", null)),
                        List.of(new InstructionStep(1, InstructionAction.CALL_CONTACTS, null, true),
                                new InstructionStep(2, InstructionAction.VERIFY_WORD, null, true),
                                new InstructionStep(3, InstructionAction.DISPATCH_GUARD, "Dispatch a guard: Securitas Väktare", true),
                                new InstructionStep(4, InstructionAction.SMS_CUSTOMER, null, false))),
                new Site("5678", new SiteDetails(new Customer("100002", "Bo Berg", "+46703456789", "bo@demo.vaka"),
                        null, null, null, null, false, null), List.of(), List.of(), List.of()),
                new Site("9ABC", new SiteDetails(new Customer("100042", "Cecilia Carlsson", "+46701234567", null),
                        "Sjöbodsvägen 3", "760 31", "Edsbro", null, false, null), List.of(), List.of(), List.of()),
                new Site(AINO, new SiteDetails(new Customer("100003", "Aino Aaltonen", "+358401112233", "aino@demo.vaka"),
                        "Hämeenkatu 10 A 5", "33100", "Tampere", "Kerrostalo, 3. kerros. Panel in the hall.", false, null),
                        List.of(new Zone("01", "Ulko-ovi", ZoneType.DOOR), new Zone("02", "Olohuone", ZoneType.MOTION)),
                        List.of(), List.of()))) {
            accounts.view(TENANT_ID, site.account())
                    .filter(view -> descriptions.details(TENANT_ID, view.siteId()).map(d -> d.customer() == null).orElse(false))
                    .ifPresent(view -> {
                        descriptions.describe(TENANT_ID, view.siteId(), site.details());
                        descriptions.replaceZones(TENANT_ID, view.siteId(), site.zones());
                        users.replaceUsers(TENANT_ID, view.siteId(), site.users());
                        if (!site.burglary().isEmpty()) {
                            instructions.override(TENANT_ID, view.siteId(), "BURGLARY", site.burglary());
                        }
                    });
        }
    }

    /**
     * The demo customers' own portal logins, each the owner of one site. Also run on a data directory from before
     * customers had logins: a missing one is added, an existing one (perhaps with a changed password) is left alone.
     */
    private void addCustomerLogins() {
        record Login(String customerNumber, String email) {
        }
        for (Login login : List.of(new Login("100001", "anna@demo.vaka"), new Login("100002", "bo@demo.vaka"),
                new Login("100003", "aino@demo.vaka"))) {
            if (!customerLogins.exists(login.email())) {
                customerLogins.create(TENANT_ID, login.customerNumber(), login.email(), "demo-customer", CustomerRole.OWNER);
            }
        }
    }

    static final String AINO = "2468";

    /**
     * Aino's Finnish home (panel account 2468, no encryption), added on a new database and on one seeded before she
     * was: only when the account is not there, so an edited or removed call list is never put back.
     */
    private void addAino() {
        if (accounts.view(TENANT_ID, AINO).isPresent()) {
            return;
        }
        accounts.register(TENANT_ID, new PanelAccountRegistration(AINO, "0", "0", null, null, 90,
                "Aino Aaltonen, Tampere", brokerPassword(AINO)));
        accounts.view(TENANT_ID, AINO).ifPresent(view -> {
            contacts.replaceContacts(TENANT_ID, view.siteId(), List.of(new Contact(1, "Aino Aaltonen", "+358401112233"),
                    new Contact(2, "Mikko Aaltonen", "+358402223344")));
            contacts.setVerificationWord(TENANT_ID, view.siteId(), "mustikka");
        });
    }

    /** A data directory from before panels had MQTT logins: give the demo panels theirs, change nothing else. */
    private void addBrokerLogins() {
        for (PanelAccountRegistration panel : demoPanels()) {
            accounts.view(TENANT_ID, panel.account())
                    .filter(view -> !view.brokerLogin() && view.receiver().equals("0") && view.line().equals("0"))
                    .ifPresent(view -> accounts.register(TENANT_ID, panel));
        }
    }

    /** The demo panels' MQTT passwords; the demo fleet logs in with the same. */
    static String brokerPassword(String account) {
        return "demo-broker-" + account;
    }
}
