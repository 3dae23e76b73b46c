package org.vaka.server.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.vaka.server.billing.ContractKind;
import org.vaka.server.billing.Contracts;
import org.vaka.server.billing.InvoiceView;
import org.vaka.server.billing.Invoices;
import org.vaka.server.billing.InvoicingPeriod;
import org.vaka.server.billing.InvoicingRun;
import org.vaka.server.billing.Market;
import org.vaka.server.billing.NewContract;
import org.vaka.server.billing.OneOffItem;
import org.vaka.server.billing.PaymentMethod;
import org.vaka.server.billing.Payments;
import org.vaka.server.sites.PanelAccounts;

/**
 * The demo sites' contracts, and a year of invoices for them, paid up to the one not yet due. Runs after the demo
 * tenant is seeded; a site that has its contract already is left alone, and the history is only written when the
 * contracts are new — so a second start, or a database where the demo has been used, changes nothing.
 */
@Component
@Order(1)
class DemoBilling implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoBilling.class);
    private static final long TENANT = DemoTenant.TENANT_ID;

    private final PanelAccounts accounts;
    private final Contracts contracts;
    private final InvoicingRun run;
    private final Invoices invoices;
    private final Payments payments;
    private final Clock clock;
    private final boolean enabled;

    DemoBilling(PanelAccounts accounts, Contracts contracts, InvoicingRun run, Invoices invoices, Payments payments,
                Clock clock, @Value("${vaka.demo.seed:true}") boolean enabled) {
        this.accounts = accounts;
        this.contracts = contracts;
        this.run = run;
        this.invoices = invoices;
        this.payments = payments;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        record Plan(String account, Market market, ContractKind kind, LocalDate activatedOn, int binding,
                    InvoicingPeriod period, PaymentMethod method, long fee, long rental) {
        }
        // Anna: 399 kr + 99 kr rental a month with VAT; Bo: 595 kr + 149 kr net; Aino: 29,90 € + 7,90 € net.
        List<Plan> plans = List.of(
                new Plan("1234", Market.SE, ContractKind.HOME, LocalDate.of(2025, 3, 15), 0, InvoicingPeriod.MONTHLY,
                        PaymentMethod.EMAIL, 31_920, 7_920),
                new Plan("5678", Market.SE, ContractKind.BUSINESS, LocalDate.of(2024, 6, 1), 36, InvoicingPeriod.QUARTERLY,
                        PaymentMethod.PAPER, 59_500, 14_900),
                new Plan(DemoTenant.AINO, Market.FI, ContractKind.HOME, LocalDate.of(2025, 5, 20), 0, InvoicingPeriod.MONTHLY,
                        PaymentMethod.E_INVOICE, 2_990, 790));
        int opened = 0;
        for (Plan plan : plans) {
            var site = accounts.view(TENANT, plan.account());
            if (site.isEmpty() || contracts.forSite(TENANT, site.get().siteId()).isPresent()) {
                continue;
            }
            contracts.open(TENANT, new NewContract(site.get().siteId(), plan.market(), plan.kind(), plan.activatedOn(),
                    plan.binding(), plan.period(), plan.method(), plan.fee(), plan.rental()));
            opened++;
        }
        if (opened == plans.size()) {
            history();
        }
    }

    /** Twelve months of runs up to this month's; all invoices due before today are paid. */
    private void history() {
        LocalDate today = LocalDate.now(clock);
        YearMonth first = YearMonth.from(today).minusMonths(11);
        long anna = contracts.forAccount(TENANT, "1234").orElseThrow().getFirst().id();
        for (YearMonth month = first; !month.isAfter(YearMonth.from(today)); month = month.plusMonths(1)) {
            if (month.equals(first.plusMonths(5))) {
                contracts.charge(TENANT, anna, OneOffItem.BATTERY_REPLACEMENT, month.atDay(1).minusDays(9));
            }
            run.run(TENANT, month, month.atDay(1));
        }
        int paid = 0;
        for (String account : List.of("1234", "5678", DemoTenant.AINO)) {
            for (InvoiceView invoice : invoices.forAccount(TENANT, account).orElse(List.of())) {
                if (invoice.dueOn().isBefore(today) && payments.book(TENANT, invoice.reference(), invoice.total(),
                        invoice.dueOn().minusDays(2), "DEMO" + invoice.number())) {
                    paid++;
                }
            }
        }
        log.info("seeded billing: contracts for 1234, 5678 and 2468 with invoices from {} ({} paid)", first, paid);
    }
}
