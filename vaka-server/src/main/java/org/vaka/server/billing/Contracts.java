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

    /**
     * Sends and collects the contract's invoices the new way from its next invoice on: the paper fee is charged only
     * on invoices issued while the method is paper. Empty for an unknown contract.
     *
     * @throws InvalidBillingInputException for a contract that has ended
     */
    Optional<ContractView> changePaymentMethod(long tenantId, long contractId, PaymentMethod method, LocalDate on);

    /**
     * Records a move the customer reported, for the back office to plan: whether the system moves along or stays for
     * whoever moves in. Empty for an unknown contract.
     *
     * @throws InvalidBillingInputException naming the field: no address, or a moving day before the report
     */
    Optional<Move> reportMove(long tenantId, long contractId, NewMove move, LocalDate reportedOn);

    /** The moves reported on the contract, newest first. */
    List<Move> moves(long tenantId, long contractId);

    record NewMove(String newAddress, LocalDate moveOn, boolean keepSystem) {
    }

    record Move(long id, long contractId, String newAddress, LocalDate moveOn, boolean keepSystem, LocalDate reportedOn) {
    }

    record Notice(long contractId, LocalDate givenOn, LocalDate endsOn, LocalDate bindingEndsOn, boolean recorded) {
    }
}
