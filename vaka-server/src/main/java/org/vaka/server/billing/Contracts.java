package org.vaka.server.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Contracts, scoped to the tenant: a contract or account of another tenant is as good as unknown. */
public interface Contracts {

    /** Empty when the tenant has no such panel account. */
    Optional<List<ContractView>> forAccount(long tenantId, String account);

    Optional<ContractView> byId(long tenantId, long id);

    Optional<ContractView> forSite(long tenantId, long siteId);

    /**
     * Opens the site's contract.
     *
     * @throws InvalidBillingInputException naming the field, with nothing stored
     */
    ContractView open(long tenantId, NewContract contract);

    /**
     * When notice given on the day would end the contract; recorded unless it is a dry run. Empty for an unknown
     * contract.
     *
     * @throws InvalidBillingInputException for a day before activation, or notice already given (not a dry run)
     */
    Optional<Notice> giveNotice(long tenantId, long contractId, LocalDate givenOn, boolean dryRun);

    /** Puts a one-off item on the contract's first invoice issued on or after the day; false for an unknown contract. */
    boolean charge(long tenantId, long contractId, OneOffItem item, LocalDate on);

    record Notice(long contractId, LocalDate givenOn, LocalDate endsOn, LocalDate bindingEndsOn, boolean recorded) {
    }
}
