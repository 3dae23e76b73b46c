package org.vaka.server.portal.billing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.vaka.server.billing.ContractView;
import org.vaka.server.billing.Contracts;
import org.vaka.server.billing.InvoiceView;
import org.vaka.server.billing.Invoices;
import org.vaka.server.billing.PaymentMethod;
import org.vaka.server.identity.CustomerPrincipal;
import org.vaka.server.identity.CustomerRole;
import org.vaka.server.portal.CustomerSites;

/**
 * A customer's own contracts and invoices. Everything starts from {@link CustomerSites}: a contract or invoice of
 * another customer is as empty as a missing one. Who may change what is decided here, so the page and the API agree.
 */
@Service
public class CustomerBilling {

    private final CustomerSites sites;
    private final Contracts contracts;
    private final Invoices invoices;
    private final Clock clock;

    CustomerBilling(CustomerSites sites, Contracts contracts, Invoices invoices, Clock clock) {
        this.sites = sites;
        this.contracts = contracts;
        this.invoices = invoices;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<ContractView> contracts(CustomerPrincipal me) {
        return sites.mine(me).stream().map(site -> contracts.forSite(me.tenantId(), site.id()))
                .flatMap(Optional::stream).toList();
    }

    public Optional<ContractView> contract(CustomerPrincipal me, long contractId) {
        return contracts(me).stream().filter(c -> c.id() == contractId).findFirst();
    }

    /** Newest first. */
    public List<InvoiceView> invoices(CustomerPrincipal me) {
        return contracts(me).stream().flatMap(c -> invoices.forContract(me.tenantId(), c.id()).stream())
                .sorted(Comparator.comparing(InvoiceView::issuedOn).thenComparing(InvoiceView::number).reversed())
                .toList();
    }

    public Optional<InvoiceView> invoice(CustomerPrincipal me, long number) {
        return invoices.byNumber(me.tenantId(), number).filter(invoice -> contractIds(me).contains(invoice.contractId()));
    }

    public Optional<byte[]> pdf(CustomerPrincipal me, long number) {
        return invoice(me, number).flatMap(invoice -> invoices.pdf(me.tenantId(), invoice.number()));
    }

    /** Only those who look after the customer's account change how it pays. */
    public Optional<ContractView> changePaymentMethod(CustomerPrincipal me, long contractId, PaymentMethod method) {
        requireAnyOf(me, CustomerRole.OWNER, CustomerRole.ADMINISTRATOR);
        return contract(me, contractId).flatMap(c -> contracts.changePaymentMethod(me.tenantId(), c.id(), method, today()));
    }

    /** Notice is given today, never on a day of the customer's choosing; only the agreement's holder gives it. */
    public Optional<Contracts.Notice> giveNotice(CustomerPrincipal me, long contractId, boolean dryRun) {
        if (!dryRun) {
            requireAnyOf(me, CustomerRole.OWNER);
        }
        return contract(me, contractId).flatMap(c -> contracts.giveNotice(me.tenantId(), c.id(), today(), dryRun));
    }

    public Optional<Contracts.Move> reportMove(CustomerPrincipal me, long contractId, Contracts.NewMove move) {
        requireAnyOf(me, CustomerRole.OWNER, CustomerRole.ADMINISTRATOR);
        return contract(me, contractId).flatMap(c -> contracts.reportMove(me.tenantId(), c.id(), move, today()));
    }

    public boolean mayChangePaymentMethod(CustomerPrincipal me) {
        return me.role() == CustomerRole.OWNER || me.role() == CustomerRole.ADMINISTRATOR;
    }

    public boolean mayGiveNotice(CustomerPrincipal me) {
        return me.role() == CustomerRole.OWNER;
    }

    private Set<Long> contractIds(CustomerPrincipal me) {
        return contracts(me).stream().map(ContractView::id).collect(Collectors.toSet());
    }

    private static void requireAnyOf(CustomerPrincipal me, CustomerRole... roles) {
        if (!Set.of(roles).contains(me.role())) {
            throw new AccessDeniedException("a " + me.role() + " login may not do that");
        }
    }
}
