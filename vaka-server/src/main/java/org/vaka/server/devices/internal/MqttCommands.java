package org.vaka.server.devices.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.paho.client.mqttv3.MqttException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.vaka.protocol.mqtt.CommandType;
import org.vaka.protocol.mqtt.PanelCommand;
import org.vaka.protocol.mqtt.PanelStatus;
import org.vaka.protocol.mqtt.Refusal;
import org.vaka.server.devices.CommandRequest;
import org.vaka.server.devices.CommandStatus;
import org.vaka.server.devices.CommandView;
import org.vaka.server.devices.Commands;
import org.vaka.server.devices.DevicesSettings;
import org.vaka.server.devices.InvalidCommandException;
import org.vaka.server.sites.SiteView;
import org.vaka.server.sites.Sites;
import tools.jackson.databind.json.JsonMapper;

/**
 * Commands over MQTT. What the server already knows to be impossible — the panel offline, a plug while the panel
 * is on GSM only, a device the panel does not have — fails at once and is still written to the history; everything
 * else goes to the panel, whose answer (or silence until the timeout) decides.
 */
@Service
class MqttCommands implements Commands, DisposableBean {

    private final Sites sites;
    private final LivePanels panels;
    private final PendingCommands pending;
    private final CommandLog history;
    private final BrokerConnection broker;
    private final JsonMapper json;
    private final Duration timeout;
    private final java.time.Clock clock;
    private final ScheduledExecutorService timeouts = Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().name("device-command-timeouts").daemon(true).unstarted(r));

    MqttCommands(Sites sites, LivePanels panels, PendingCommands pending, CommandLog history, BrokerConnection broker,
                 JsonMapper json, DevicesSettings settings, java.time.Clock clock) {
        this.sites = sites;
        this.panels = panels;
        this.pending = pending;
        this.history = history;
        this.broker = broker;
        this.json = json;
        this.timeout = settings.commandTimeout();
        this.clock = clock;
    }

    @Override
    public Optional<CommandView> send(long tenantId, long siteId, CommandRequest request, String issuedBy) {
        CommandType type = typeOf(request);
        String target = blankToNull(request.target());
        String code = blankToNull(request.code());
        check(type, target, code);
        Optional<SiteView> site = sites.find(tenantId, siteId);
        if (site.isEmpty()) {
            return Optional.empty();
        }
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        String account = site.get().panelAccount().orElse("");
        CommandView command = new CommandView(id, siteId, account, type.name(), target, CommandStatus.PENDING, null, null,
                List.of(), issuedBy, now, null, null);

        Optional<CommandView> impossible = refusedHere(command, type, target);
        if (impossible.isPresent()) {
            history.insert(tenantId, impossible.get());
            return impossible;
        }
        history.insert(tenantId, command);
        byte[] payload = json.writeValueAsBytes(new PanelCommand(id, type.name(), target, code));
        pending.track(command, System.nanoTime());
        try {
            broker.send(account, payload);
        } catch (MqttException e) {
            pending.undeliverable(id, "the MQTT broker is not reachable (" + e.getMessage() + ")");
            return pending.current(id).or(() -> history.find(tenantId, id));
        }
        timeouts.schedule(() -> pending.expire(id, timeout), timeout.toMillis(), TimeUnit.MILLISECONDS);
        return Optional.of(command);
    }

    private Optional<CommandView> refusedHere(CommandView command, CommandType type, String target) {
        if (command.account().isEmpty()) {
            return Optional.of(failed(command, Refusal.PANEL_OFFLINE, "this site has no panel"));
        }
        if (!broker.connected()) {
            return Optional.of(failed(command, Refusal.BROKER_UNAVAILABLE, "the server has no connection to the MQTT broker"));
        }
        PanelSnapshot panel = panels.get(command.account());
        if (!panel.online()) {
            return Optional.of(failed(command, Refusal.PANEL_OFFLINE, "the panel is offline (not connected to the broker)"));
        }
        PanelStatus status = panel.status();
        if (status == null) {
            return Optional.empty(); // nothing known yet; the panel decides
        }
        if (type.forPlug() && (status.paths() == null || !status.paths().ethernet())) {
            return Optional.of(failed(command, Refusal.ETHERNET_REQUIRED,
                    "smart plugs need the panel on Ethernet; it is on GSM only"));
        }
        if (type.forPlug() && status.plugs().stream().noneMatch(p -> p.id().equals(target))) {
            return Optional.of(failed(command, Refusal.UNKNOWN_DEVICE, "no plug '" + target + "' at this site; plugs: "
                    + names(status.plugs().stream().map(PanelStatus.Plug::id).toList())));
        }
        if (type.forLock() && status.locks().stream().noneMatch(l -> l.id().equals(target))) {
            return Optional.of(failed(command, Refusal.UNKNOWN_DEVICE, "no lock '" + target + "' at this site; locks: "
                    + names(status.locks().stream().map(PanelStatus.Lock::id).toList())));
        }
        return Optional.empty();
    }

    private CommandView failed(CommandView c, Refusal refusal, String reason) {
        return new CommandView(c.id(), c.siteId(), c.account(), c.type(), c.target(), CommandStatus.FAILED, refusal.name(),
                reason, List.of(), c.issuedBy(), c.issuedAt(), clock.instant(), null);
    }

    private static CommandType typeOf(CommandRequest request) {
        if (request.type() == null || request.type().isBlank()) {
            throw new InvalidCommandException("type", "a command needs a type: one of " + typeNames());
        }
        try {
            return CommandType.valueOf(request.type().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidCommandException("type", "unknown command type '" + request.type() + "'; one of " + typeNames());
        }
    }

    private static void check(CommandType type, String target, String code) {
        if (type.needsTarget() && target == null) {
            throw new InvalidCommandException("target", type + " needs a target: the " + (type.forPlug() ? "plug" : "lock")
                    + "'s id");
        }
        if (!type.needsTarget() && target != null) {
            throw new InvalidCommandException("target", type + " is for the alarm and takes no target");
        }
        if (target != null && (target.length() > 64 || !target.matches("[A-Za-z0-9_-]+"))) {
            throw new InvalidCommandException("target", "a device id is letters, digits, '-' and '_' (at most 64)");
        }
        if (code != null && !code.matches("\\d{6}")) {
            throw new InvalidCommandException("code", "a code is 6 digits");
        }
        if (code == null && (type == CommandType.DISARM || type == CommandType.UNLOCK)) {
            throw new InvalidCommandException("code", type + " needs the user's 6-digit code");
        }
    }

    private static String typeNames() {
        return String.join(", ", Arrays.stream(CommandType.values()).map(Enum::name).toList());
    }

    private static String names(List<String> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public Optional<CommandView> find(long tenantId, String commandId) {
        Optional<CommandView> stored = history.find(tenantId, commandId);
        // The row may still say pending while the answer is already in memory, on its way to the row.
        return stored.map(c -> c.finished() ? c : pending.current(commandId).orElseGet(
                () -> history.find(tenantId, commandId).orElse(c)));
    }

    @Override
    public Optional<CommandView> await(long tenantId, String commandId, Duration wait) throws InterruptedException {
        Optional<CommandView> now = find(tenantId, commandId);
        if (now.isEmpty() || now.get().finished() || wait.isZero()) {
            return now;
        }
        Optional<CommandView> waited = pending.await(commandId, wait);
        return waited.isPresent() ? waited : find(tenantId, commandId);
    }

    @Override
    public List<CommandView> history(long tenantId, long siteId, int limit) {
        return history.history(tenantId, siteId, limit).stream()
                .map(c -> c.finished() ? c : pending.current(c.id()).orElse(c)).toList();
    }

    @Override
    public void destroy() {
        timeouts.shutdownNow();
    }
}
