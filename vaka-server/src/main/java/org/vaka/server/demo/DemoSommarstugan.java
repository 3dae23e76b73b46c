package org.vaka.server.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vaka.server.sites.ActivationCodes;
import org.vaka.server.sites.PanelAccountRegistration;
import org.vaka.server.sites.PanelAccounts;
import org.vaka.server.sites.SiteDescriptions;
import org.vaka.server.sites.SiteDetails;

/**
 * The demo tenant's newly installed, not yet activated alarm system: "Sommarstugan", panel account {@value #ACCOUNT}
 * (plain text, no customer yet), with the fixed activation code {@value #CODE} for Anna to try "Find new alarm
 * system". A fixed code is for the demo tenant only; real codes are random (ActivationCodes). Kept apart from
 * {@link DemoTenant} so that its entries stay exactly as they are. Added on a new database and on one seeded before
 * it existed — only when the account is not there, so a site Anna has since added is never taken back.
 */
@Component
@Order(2)
class DemoSommarstugan implements ApplicationRunner {

    static final String ACCOUNT = "1357";
    static final String CODE = "DEMO-2026";

    private static final Logger log = LoggerFactory.getLogger(DemoSommarstugan.class);

    private final PanelAccounts accounts;
    private final SiteDescriptions descriptions;
    private final ActivationCodes codes;
    private final boolean enabled;

    DemoSommarstugan(PanelAccounts accounts, SiteDescriptions descriptions, ActivationCodes codes,
                     @Value("${vaka.demo.seed:true}") boolean enabled) {
        this.accounts = accounts;
        this.descriptions = descriptions;
        this.codes = codes;
        this.enabled = enabled;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled || accounts.view(DemoTenant.TENANT_ID, ACCOUNT).isPresent()
                || accounts.view(DemoTenant.TENANT_ID, "1234").isEmpty()) { // not the demo tenant's database
            return;
        }
        accounts.register(DemoTenant.TENANT_ID, new PanelAccountRegistration(ACCOUNT, "0", "0", null, null, 90,
                "Sommarstugan", DemoTenant.brokerPassword(ACCOUNT)));
        long site = accounts.view(DemoTenant.TENANT_ID, ACCOUNT).orElseThrow().siteId();
        descriptions.describe(DemoTenant.TENANT_ID, site, new SiteDetails(null, "Sjöviksvägen 4", "761 94", "Norrtälje",
                "Röd stuga vid sjön, grusväg efter brevlådorna. Panelen sitter i farstun.", false, null));
        codes.issue(DemoTenant.TENANT_ID, site, CODE, "demo seed");
        log.info("seeded Sommarstugan (panel account {}), installed and waiting for its customer: activation code {}",
                ACCOUNT, CODE);
    }
}
