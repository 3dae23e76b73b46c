package org.vaka.server.sites;

import java.util.List;
import java.util.Optional;

/** A site's action instruction per alarm kind: its own steps where it has them, else the built-in ones. */
public interface SiteInstructions {

    /** One per alarm kind; empty when the site is not the tenant's. */
    Optional<List<Instruction>> effective(long tenantId, long siteId);

    /** Empty when the site is not the tenant's; the built-in steps for a kind the site has not overridden. */
    Optional<Instruction> effective(long tenantId, long siteId, String kind);

    /**
     * Gives the site its own steps for the kind, positions in list order.
     *
     * @throws InvalidRegistrationException naming the field, with nothing stored
     */
    boolean override(long tenantId, long siteId, String kind, List<InstructionStep> steps);

    /** Back to the built-in steps for the kind. */
    boolean reset(long tenantId, long siteId, String kind);
}
