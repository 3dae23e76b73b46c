package org.vaka.sim.storm;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.vaka.protocol.dc09.KeyFormat;
import org.vaka.sim.AccountRegistration;
import org.vaka.sim.AccountTemplate;
import org.vaka.sim.UsageException;
import org.vaka.sim.VakaApi;

/**
 * {@code ./vaka storm}: the alarm-storm benchmark (see {@link StormOptions#USAGE}). Exit status 0 when the fire
 * reached the head of the queue and every site's events were grouped into one alarm, 1 otherwise, 2 bad usage.
 */
public final class StormCommand {

    private StormCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    static int run(PrintStream out, PrintStream err, String... args) {
        StormOptions options;
        try {
            options = StormOptions.parse(args);
        } catch (UsageException e) {
            err.println("storm: " + e.getMessage());
            err.println("Try: ./vaka storm --help");
            return 2;
        }
        if (options.help()) {
            out.print(StormOptions.USAGE);
            return 0;
        }
        try (VakaApi api = new VakaApi(options.api(), options.user(), options.password())) {
            if (options.register()) {
                List<String> accounts = new ArrayList<>();
                for (int s = 0; s < options.sites(); s++) {
                    accounts.add(options.account(s));
                }
                new AccountRegistration(api, err).register(accounts, new AccountTemplate(null, KeyFormat.HEX, null, "Storm site "));
            }
            AlarmStorm.Result result = new AlarmStorm(options, new QueueWatch(api), err).run();
            out.print(AlarmStorm.summary(result));
            boolean grouped = result.grouped().alarms() == result.sites() && result.grouped().signals() == result.expectedSignals();
            return result.fireToTopMillis() >= 0 && grouped && result.refused() == 0 ? 0 : 1;
        } catch (Exception e) {
            err.println("storm: " + e.getMessage());
            return 1;
        }
    }
}
