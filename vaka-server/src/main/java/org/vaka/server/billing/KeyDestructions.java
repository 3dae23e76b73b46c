package org.vaka.server.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Keys held for sites whose contract has ended: each one due for destruction, until someone records that it was
 * destroyed. Scoped to the tenant.
 */
public interface KeyDestructions {

    record KeyDestruction(long contractId, long siteId, String siteName, LocalDate dueOn, LocalDate destroyedOn,
                          String destroyedBy) {
    }

    /** Not yet destroyed first, oldest due first. */
    List<KeyDestruction> list(long tenantId);

    /** @return empty when the tenant has no such key to destroy */
    Optional<KeyDestruction> destroyed(long tenantId, long contractId, String by);
}
