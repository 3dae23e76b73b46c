package org.vaka.sim.fleet;

import java.io.PrintStream;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.vaka.sim.UsageException;
import org.vaka.sim.VakaApi;

/**
 * The command round-trip benchmark: starts a fleet in-process (or uses a running one with --no-fleet), waits until
 * every house is on the MQTT broker, then runs a {@link CommandBench} through the server's API and prints the
 * latencies. Exit status: 0 every command succeeded, 1 some did not (or the API or broker failed us), 2 bad
 * command line.
 *
 * <p>{@code java -cp vaka-sim.jar org.vaka.sim.fleet.CommandBenchCommand --panels 1000 --rate 20 --duration 60s}
 * (see {@link FleetArguments#BENCH_USAGE})
 */
public final class CommandBenchCommand {

    private final PrintStream out;
    private final PrintStream err;

    CommandBenchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        int status = new CommandBenchCommand(System.out, System.err).run(args);
        System.out.flush();
        System.exit(status);
    }

    int run(String... args) {
        FleetOptions options;
        try {
            options = FleetArguments.parse(true, args);
        } catch (UsageException e) {
            err.println("bench: " + e.getMessage());
            err.println("Try: java -cp vaka-sim.jar org.vaka.sim.fleet.CommandBenchCommand --help");
            return 2;
        }
        if (options.help()) {
            out.print(FleetArguments.BENCH_USAGE);
            return 0;
        }
        Fleet fleet = null;
        try (VakaApi api = new VakaApi(options.api(), options.user(), options.password())) {
            if (!options.noFleet()) {
                fleet = FleetCommand.launch(options, "bench fleet", err);
                if (!allOnTheBroker(fleet, options)) {
                    return 1;
                }
            }
            CommandBench bench = new CommandBench(new CommandApi(api), options.rate(), options.duration(),
                    options.answerTimeout(), err, new SplittableRandom());
            Map<String, String> sites = bench.sites(options.accounts());
            err.printf("bench: %d sites found; %.1f commands/s for %ds%n", sites.size(), options.rate(),
                    options.duration().toSeconds());
            BenchTally tally = bench.run(sites);
            out.print(CommandBench.summary(tally, options.panels(), options.rate(), options.duration()));
            boolean clean = tally.sent.sum() > 0 && tally.succeeded.sum() == tally.sent.sum();
            return clean ? 0 : 1;
        } catch (VakaApi.ApiException e) {
            err.println("bench: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            if (fleet != null) {
                fleet.close();
            }
        }
    }

    private boolean allOnTheBroker(Fleet fleet, FleetOptions options) throws InterruptedException {
        long deadline = System.nanoTime() + options.connectTimeout().toNanos();
        CountDownLatch never = new CountDownLatch(1);
        while (fleet.mqttConnected() < fleet.size()) {
            if (System.nanoTime() > deadline) {
                err.printf("bench: only %d of %d houses got on the MQTT broker at %s within %ds; is it up, and does "
                                + "it know the broker passwords (prefix given with --broker-password-prefix)?%n",
                        fleet.mqttConnected(), fleet.size(), options.broker(), options.connectTimeout().toSeconds());
                return false;
            }
            err.printf("bench: waiting for every house on the MQTT broker: %d/%d%n", fleet.mqttConnected(), fleet.size());
            never.await(1, TimeUnit.SECONDS); // a pause between looks that an interrupt can end
        }
        err.printf("bench: all %d houses on the MQTT broker%n", fleet.size());
        return true;
    }
}
