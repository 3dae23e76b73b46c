package org.vaka.server.devices.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.vaka.protocol.mqtt.PanelCommandResult;
import org.vaka.protocol.mqtt.Refusal;
import org.vaka.server.devices.CommandStatus;
import org.vaka.server.devices.CommandView;

/**
 * Commands on their way: sent, not yet answered. Whoever waits is told from memory the moment the answer comes;
 * the history row is written behind, in order, on one thread, and the command leaves memory once it is written.
 */
@Component
class PendingCommands implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PendingCommands.class);

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final CommandLog history;
    private final Clock clock;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(
            r -> Thread.ofPlatform().name("device-command-log").daemon(true).unstarted(r));

    private final io.micrometer.core.instrument.Timer roundTrips;

    PendingCommands(CommandLog history, Clock clock, io.micrometer.core.instrument.MeterRegistry meters) {
        this.history = history;
        this.clock = clock;
        this.roundTrips = io.micrometer.core.instrument.Timer.builder("vaka.devices.command.round.trip")
                .description("from a command leaving for the broker to the panel's answer arriving")
                .publishPercentiles(0.5, 0.99).register(meters);
    }

    /** Takes a command that is about to be sent; its round trip is timed from {@code sentNanos}. */
    void track(CommandView command, long sentNanos) {
        pending.put(command.id(), new Pending(command, sentNanos, new CompletableFuture<>()));
    }

    /** The panel of {@code account} answered. Answers to commands it was never sent are ignored. */
    void answer(String account, PanelCommandResult result, long receivedNanos) {
        if (result.id() == null) {
            return; // a command from elsewhere (Home Assistant), not ours
        }
        Pending p = pending.get(result.id());
        if (p == null || !p.command().account().equalsIgnoreCase(account)) {
            return;
        }
        long nanos = receivedNanos - p.sentNanos();
        roundTrips.record(nanos, TimeUnit.NANOSECONDS);
        int roundTrip = (int) TimeUnit.NANOSECONDS.toMillis(nanos);
        CommandView c = p.command();
        CommandView done = result.ok()
                ? finished(c, CommandStatus.SUCCEEDED, null, null, result, roundTrip)
                : finished(c, CommandStatus.FAILED, refusalOf(result), result.message(), result, roundTrip);
        complete(p, done);
    }

    /** No answer in time: the command fails, unless the answer won the race. */
    void expire(String id, Duration timeout) {
        Pending p = pending.get(id);
        if (p != null) {
            complete(p, finished(p.command(), CommandStatus.FAILED, Refusal.TIMED_OUT.name(),
                    "no answer from the panel within " + timeout.toSeconds() + " s", null, null));
        }
    }

    /** The command could not even be handed to the broker. */
    void undeliverable(String id, String reason) {
        Pending p = pending.get(id);
        if (p != null) {
            complete(p, finished(p.command(), CommandStatus.FAILED, Refusal.BROKER_UNAVAILABLE.name(), reason, null, null));
        }
    }

    Optional<CommandView> current(String id) {
        Pending p = pending.get(id);
        if (p == null) {
            return Optional.empty();
        }
        return Optional.of(p.done().isDone() ? p.done().join() : p.command());
    }

    /** Waits for a tracked command to finish; empty when it is not in memory (already written, or unknown). */
    Optional<CommandView> await(String id, Duration wait) throws InterruptedException {
        Pending p = pending.get(id);
        if (p == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(p.done().get(wait.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Optional.of(p.command());
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    int size() {
        return pending.size();
    }

    private void complete(Pending p, CommandView done) {
        if (!p.done().complete(done)) {
            return; // the timeout and the answer raced; the first one stands
        }
        writer.execute(() -> {
            try {
                history.finish(done);
            } catch (RuntimeException e) {
                log.error("could not record how command {} ended", done.id(), e);
            } finally {
                pending.remove(done.id());
            }
        });
    }

    private CommandView finished(CommandView c, CommandStatus status, String refusal, String reason,
                                 PanelCommandResult result, Integer roundTrip) {
        Instant now = clock.instant();
        return new CommandView(c.id(), c.siteId(), c.account(), c.type(), c.target(), status, refusal, reason,
                result == null ? null : result.openZones(), c.issuedBy(), c.issuedAt(), now, roundTrip);
    }

    private static String refusalOf(PanelCommandResult result) {
        if (result.refusal() == null) {
            return Refusal.INVALID_COMMAND.name();
        }
        try {
            return Refusal.valueOf(result.refusal().toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            return result.refusal(); // a refusal newer than we know; pass it on as the panel said it
        }
    }

    @Override
    public void destroy() {
        writer.shutdown();
    }

    private record Pending(CommandView command, long sentNanos, CompletableFuture<CommandView> done) {
    }
}
