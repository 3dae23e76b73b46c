package org.vaka.sim;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar vaka-sim.jar ...}: registers the virtual panels, lets them report for the given time and prints
 * what the receiver made of it; or, with --verify, checks an earlier run's ACKs against the server's log.
 * Exit status: 0 done, 1 the server refused or lost something, 2 bad command line.
 */
public final class SimCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final boolean stopOnCtrlC;

    SimCommand(PrintStream out, PrintStream err, boolean stopOnCtrlC) {
        this.out = out;
        this.err = err;
        this.stopOnCtrlC = stopOnCtrlC;
    }

    public static void main(String[] args) {
        int status = new SimCommand(System.out, System.err, true).run(args);
        System.out.flush();
        System.exit(status);
    }

    int run(String... args) {
        SimOptions options;
        try {
            options = SimArguments.parse(args);
        } catch (UsageException e) {
            err.println("vaka-sim: " + e.getMessage());
            err.println("Try: java -jar vaka-sim.jar --help");
            return 2;
        }
        if (options.help()) {
            out.print(SimArguments.USAGE);
            return 0;
        }
        try {
            if (options.verify()) {
                try (VakaApi api = new VakaApi(options.api(), options.user(), options.password())) {
                    return new AckedLogVerification(api, out, err).verify(options.verifyFile());
                }
            }
            List<String> accounts = AccountNumbers.of(options.accountPrefix(), options.accounts());
            if (options.register()) {
                try (VakaApi api = new VakaApi(options.api(), options.user(), options.password())) {
                    new AccountRegistration(api, err).register(accounts, options);
                } catch (VakaApi.ApiException e) {
                    err.println("vaka-sim: " + e.getMessage());
                    err.println("(pass --no-register if the accounts already exist)");
                    return 1;
                }
            }
            return send(options, accounts);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("vaka-sim: interrupted");
            return 1;
        }
    }

    private static String seconds(java.time.Duration d) {
        return java.math.BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString() + "s";
    }

    private int send(SimOptions options, List<String> accounts) throws InterruptedException {
        AckedFile ackedFile = null;
        if (options.ackedFile() != null) {
            try {
                ackedFile = new AckedFile(options.ackedFile());
            } catch (IOException e) {
                err.println("vaka-sim: cannot open --acked-file " + options.ackedFile() + ": " + e.getMessage());
                return 2;
            }
        }
        err.printf("vaka-sim: %d panels -> %s %s:%d for %s%n", accounts.size(), options.transport(), options.host(),
                options.port(), seconds(options.duration()));
        LoadRun run = new LoadRun(options, accounts, ackedFile, err);
        CountDownLatch summaryPrinted = new CountDownLatch(1);
        // on Ctrl-C the JVM exits when the hook returns, so the hook waits until the summary is out
        Thread hook = new Thread(() -> {
            run.requestStop();
            try {
                summaryPrinted.await(options.replyTimeout().toMillis() + 3_000, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "vaka-sim-ctrl-c");
        if (stopOnCtrlC) {
            Runtime.getRuntime().addShutdownHook(hook);
        }
        RunResult result;
        try {
            result = run.run();
        } catch (IllegalArgumentException e) {
            err.println("vaka-sim: " + e.getMessage());
            summaryPrinted.countDown();
            return 2;
        } finally {
            if (ackedFile != null) {
                try {
                    ackedFile.close();
                } catch (UncheckedIOException e) {
                    err.println("vaka-sim: " + e.getMessage());
                }
            }
        }
        out.print(RunSummary.format(result));
        out.flush();
        summaryPrinted.countDown();
        if (stopOnCtrlC) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C came in while the summary was printed; the hook only waits for us anyway
            }
        }
        return 0;
    }
}
