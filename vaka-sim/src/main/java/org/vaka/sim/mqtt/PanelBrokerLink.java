package org.vaka.sim.mqtt;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import io.netty.channel.EventLoopGroup;
import org.vaka.protocol.mqtt.PanelCommand;
import org.vaka.protocol.mqtt.PanelCommandResult;
import org.vaka.protocol.mqtt.PanelStatus;
import org.vaka.protocol.mqtt.PanelTopics;
import org.vaka.protocol.mqtt.Refusal;

/**
 * One panel's line to the MQTT broker, per the contract in {@link PanelTopics}: logs in as {@code panel-<account>}
 * with the account as user name, leaves {@code offline} as its will, takes commands on its command topic, answers
 * each on its result topic, and keeps its retained status and Home Assistant state topics up to date.
 *
 * <p>Every session starts SUBSCRIBE first, then {@code online}, then the whole status: whoever reacts to
 * {@code online} by sending a command finds the subscription already in place. After a command the status goes
 * out before the result, so a server that sees the result already holds the state it produced.
 */
public final class PanelBrokerLink {

    private final String account;
    static final java.time.Duration ECHO_WAIT = java.time.Duration.ofSeconds(5);

    private final PanelTopics topics;
    private final ControlledPanel panel;
    private final BrokerConnection connection;
    private final AtomicBoolean statusCheckQueued = new AtomicBoolean();
    private final AtomicBoolean reachable = new AtomicBoolean(true);

    // Belong to the event loop: what this session last published, so only changes go out.
    private PanelStatus lastStatus;
    private final Map<String, String> lastStates = new HashMap<>();
    /** Counts sessions, so a late echo check of an older session does nothing. */
    private int session;
    private boolean heardOwnOnline;
    private boolean leaving;

    public PanelBrokerLink(EventLoopGroup group, BrokerAddress broker, String account, String password,
                           ControlledPanel panel, LinkObserver observer) {
        this(group, broker, account, password, panel, observer, Backoff.standard());
    }

    public PanelBrokerLink(EventLoopGroup group, BrokerAddress broker, String account, String password,
                           ControlledPanel panel, LinkObserver observer, Backoff backoff) {
        this.account = account;
        this.topics = PanelTopics.of(account);
        this.panel = Objects.requireNonNull(panel, "panel");
        this.connection = new BrokerConnection(group, broker, new BrokerLogin("panel-" + account, account, password),
                new LastWill(topics.availability(), PanelTopics.OFFLINE), List.of(topics.command(), topics.availability()),
                new Listener(),
                observer, backoff);
    }

    public String account() {
        return account;
    }

    public void start() {
        connection.start();
    }

    public void start(Duration delay) {
        connection.start(delay);
    }

    /** Connected and subscribed to the command topic; see {@link BrokerConnection#ready()}. */
    public CompletableFuture<Void> ready() {
        return connection.ready();
    }

    public boolean isReady() {
        return connection.isUp();
    }

    /**
     * The panel may have changed (a life step, a clock tick): publish the status if it differs from the last one.
     * Cheap to call from any thread; calls that pile up while one check waits are folded into it.
     */
    public void statusMayHaveChanged() {
        if (statusCheckQueued.compareAndSet(false, true)) {
            connection.execute(() -> {
                statusCheckQueued.set(false);
                publishStatusIfChanged();
            });
        }
    }

    /**
     * Whether the panel has any path out. With none (Ethernet and GSM both down) the connection drops as the
     * line would, the broker announces the will, and it comes back once a path does.
     */
    public void reachable(boolean anyPathUp) {
        if (reachable.getAndSet(anyPathUp) != anyPathUp) {
            if (anyPathUp) {
                connection.resume();
            } else {
                connection.suspend();
            }
        }
    }

    /**
     * Publishes anything, anywhere, as this panel (QoS 1): for tests that the broker keeps a panel to its own
     * topics. Completes on the PUBACK, which a broker also sends for a message its ACL drops.
     */
    public CompletableFuture<Void> publish(String topic, byte[] payload, boolean retained) {
        return connection.publish(topic, payload, retained);
    }

    /** Says {@code offline} itself and disconnects in order; no more attempts. */
    public CompletableFuture<Void> close() {
        connection.execute(() -> {
            leaving = true;
            if (connection.acceptedOnLoop()) {
                connection.publish(topics.availability(), PanelPayloads.text(PanelTopics.OFFLINE), true);
            }
        });
        return connection.close();
    }

    private void publishStatusIfChanged() {
        if (!connection.acceptedOnLoop()) {
            return; // the next session starts with the whole status anyway
        }
        PanelStatus status = panel.status();
        PanelStatus sameButUntimed = untimed(status);
        if (sameButUntimed.equals(lastStatus)) {
            return; // only the time moved on: no news
        }
        lastStatus = sameButUntimed;
        connection.publish(topics.status(), PanelPayloads.status(status), true);
        publishStateIfChanged(topics.alarmState(), status.arming());
        for (PanelStatus.Plug plug : status.plugs()) {
            publishStateIfChanged(topics.plugState(plug.id()), PanelPayloads.onOff(plug.on()));
        }
        for (PanelStatus.Lock lock : status.locks()) {
            publishStateIfChanged(topics.lockState(lock.id()), lock.state());
        }
        for (PanelStatus.Temperature temperature : status.temperatures()) {
            publishStateIfChanged(topics.temperature(temperature.zone()), PanelPayloads.celsius(temperature.celsius()));
        }
    }

    private void publishStateIfChanged(String topic, String value) {
        if (!value.equals(lastStates.put(topic, value))) {
            connection.publish(topic, PanelPayloads.text(value), true);
        }
    }

    private static PanelStatus untimed(PanelStatus s) {
        return new PanelStatus(s.arming(), s.mains(), s.battery(), s.paths(), s.openZones(), s.plugs(), s.locks(),
                s.temperatures(), null);
    }

    private void commandArrived(byte[] payload) {
        PanelCommandResult answer;
        try {
            PanelCommand command = PanelPayloads.command(payload);
            answer = carryOut(command);
        } catch (UnreadableCommandException e) {
            answer = PanelCommandResult.refused(e.commandId(), Refusal.INVALID_COMMAND, e.getMessage());
        }
        publishStatusIfChanged();
        connection.publish(topics.result(), PanelPayloads.result(answer), false);
    }

    private PanelCommandResult carryOut(PanelCommand command) {
        try {
            return panel.carryOut(command);
        } catch (RuntimeException e) {
            // Answer anyway: a silent panel costs the sender a whole timeout to learn the same thing.
            return PanelCommandResult.refused(command.id(), Refusal.INVALID_COMMAND,
                    "the panel failed to carry out " + command.type() + ": " + e.getClass().getSimpleName());
        }
    }

    private final class Listener implements SessionListener {

        @Override
        public void accepted(BrokerConnection c) {
            lastStatus = null;
            lastStates.clear(); // a new session republishes everything: the broker may have lost its retained store
            int thisSession = ++session;
            heardOwnOnline = false;
            c.publish(topics.availability(), PanelPayloads.text(PanelTopics.ONLINE), true);
            publishStatusIfChanged();
            // A session can be acknowledged and still not route (seen with Moquette under a connection storm): the
            // panel would look offline to the centre for good. Hearing our own "online" back proves the round trip.
            c.later(() -> {
                if (thisSession == session && !heardOwnOnline && c.acceptedOnLoop()) {
                    c.drop("the broker did not echo this panel's own 'online' within " + ECHO_WAIT.toSeconds() + " s");
                }
            }, ECHO_WAIT);
        }

        @Override
        public void messageArrived(String topic, byte[] payload, boolean retained) {
            // A retained command is one somebody left on the broker long ago; acting on it at every reconnect
            // would, say, unlock the door each time the line came back.
            if (topic.equals(topics.command()) && !retained) {
                commandArrived(payload);
            } else if (topic.equals(topics.availability()) && !retained) {
                String said = new String(payload, java.nio.charset.StandardCharsets.UTF_8);
                if (PanelTopics.ONLINE.equals(said)) {
                    heardOwnOnline = true;
                } else if (PanelTopics.OFFLINE.equals(said) && !leaving && connection.acceptedOnLoop()) {
                    // The will of an earlier session of ours, published late by the broker, says we are gone
                    // while we are here: say otherwise, or the centre would think this panel offline until it
                    // next reconnects.
                    connection.publish(topics.availability(), PanelPayloads.text(PanelTopics.ONLINE), true);
                }
            }
        }
    }
}
