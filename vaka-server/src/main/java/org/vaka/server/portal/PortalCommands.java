package org.vaka.server.portal;

import java.time.Duration;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.vaka.server.devices.CommandRequest;
import org.vaka.server.devices.Commands;
import org.vaka.server.identity.CustomerPrincipal;

/**
 * Arming and disarming a customer's own alarm system through its panel. The site is checked to be the caller's before
 * anything else, so a request for someone else's site is answered exactly like one for a site that does not exist.
 */
@Service
public class PortalCommands {

    private final CustomerSites sites;
    private final Commands commands;

    PortalCommands(CustomerSites sites, Commands commands) {
        this.sites = sites;
        this.commands = commands;
    }

    /** @throws org.vaka.server.devices.InvalidCommandException when the code is not of the right form */
    public Optional<PortalCommand> arm(CustomerPrincipal caller, long siteId, ArmingMode mode, String code) {
        return send(caller, siteId, mode.command(), code);
    }

    /** @throws org.vaka.server.devices.InvalidCommandException when the code is not of the right form */
    public Optional<PortalCommand> disarm(CustomerPrincipal caller, long siteId, String code) {
        return send(caller, siteId, "DISARM", code);
    }

    /** The command as it is once finished or {@code wait} has passed; empty when it is not for one of the caller's sites. */
    public Optional<PortalCommand> find(CustomerPrincipal caller, String commandId, Duration wait) throws InterruptedException {
        var found = commands.find(caller.tenantId(), commandId)
                .filter(command -> sites.mine(caller, command.siteId()).isPresent());
        if (found.isEmpty() || found.get().finished() || wait.isZero()) {
            return found.map(PortalCommand::of);
        }
        return commands.await(caller.tenantId(), commandId, wait).map(PortalCommand::of);
    }

    private Optional<PortalCommand> send(CustomerPrincipal caller, long siteId, String type, String code) {
        if (sites.mine(caller, siteId).isEmpty()) {
            return Optional.empty();
        }
        return commands.send(caller.tenantId(), siteId, new CommandRequest(type, null, code), caller.email())
                .map(PortalCommand::of);
    }
}
