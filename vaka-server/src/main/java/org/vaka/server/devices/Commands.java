package org.vaka.server.devices;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Commands down to panels. A command is stored, sent to the site's panel over MQTT and ends as succeeded or
 * failed with a reason: the panel's own refusal, the panel being offline, or no answer within the timeout.
 * Every lookup is scoped to the caller's tenant.
 */
public interface Commands {

    /**
     * Sends a command to the panel of a site of the tenant. Empty when the site is not the tenant's.
     *
     * @throws InvalidCommandException when the request itself is malformed; nothing is stored then
     */
    Optional<CommandView> send(long tenantId, long siteId, CommandRequest request, String issuedBy);

    Optional<CommandView> find(long tenantId, String commandId);

    /** The command once it has finished, or as it is when {@code wait} has passed. */
    Optional<CommandView> await(long tenantId, String commandId, Duration wait) throws InterruptedException;

    /** A site's commands, newest first. */
    List<CommandView> history(long tenantId, long siteId, int limit);
}
