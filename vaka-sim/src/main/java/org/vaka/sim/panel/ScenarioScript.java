package org.vaka.sim.panel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A little language for what happens in and around a house, one event a line, so test scenarios read like an
 * incident log:
 *
 * <pre>
 * arm away with 123456
 * wait 45s
 * open zone 1
 * wait 40s            # nobody disarmed: burglary alarm
 * disarm with 123456
 * </pre>
 *
 * Blank lines and {@code #} comments are skipped. The whole script is parsed before anything runs, so a typo on
 * line 30 does not leave a panel half way through a scenario.
 */
public final class ScenarioScript {

    private static final Pattern ZONE = Pattern.compile("(open|close|intrude|tamper|restore tamper) zone (\\d+)");
    private static final Pattern CODE = Pattern.compile("(arm away|arm home|disarm) with (\\S+)");
    private static final Pattern PATH = Pattern.compile("(cut|restore) (ethernet|gsm)");
    private static final Pattern WAIT = Pattern.compile("wait (\\d+)(ms|s|m|h)");

    private final List<ScenarioStep> steps;

    private ScenarioScript(List<ScenarioStep> steps) {
        this.steps = List.copyOf(steps);
    }

    /** @throws ScenarioException naming the first line that is not understood */
    public static ScenarioScript parse(String text) {
        List<ScenarioStep> steps = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).trim().replaceAll("\\s+", " ")
                    .toLowerCase(Locale.ROOT);
            if (!line.isEmpty()) {
                steps.add(new ScenarioStep(i + 1, raw.trim(), action(i + 1, line, raw.trim())));
            }
        }
        return new ScenarioScript(steps);
    }

    public List<ScenarioStep> steps() {
        return steps;
    }

    /** Applies every line in order; the panel catches up on delays after each wait. */
    public void run(AlarmPanel panel, TimeAdvance time) {
        for (ScenarioStep step : steps) {
            step.apply(panel, time);
        }
    }

    private static ScenarioStep.Action action(int lineNumber, String line, String asWritten) {
        Matcher m = ZONE.matcher(line);
        if (m.matches()) {
            int zone = number(lineNumber, asWritten, m.group(2));
            return switch (m.group(1)) {
                case "open" -> (p, t) -> p.openZone(zone);
                case "close" -> (p, t) -> p.closeZone(zone);
                case "intrude" -> (p, t) -> p.intrude(zone);
                case "tamper" -> (p, t) -> p.tamper(zone);
                default -> (p, t) -> p.restoreTamper(zone);
            };
        }
        m = CODE.matcher(line);
        if (m.matches()) {
            String code = m.group(2);
            return switch (m.group(1)) {
                case "arm away" -> (p, t) -> p.armAway(code);
                case "arm home" -> (p, t) -> p.armHome(code);
                default -> (p, t) -> p.disarm(code);
            };
        }
        m = PATH.matcher(line);
        if (m.matches()) {
            CommunicationPath path = CommunicationPath.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            return m.group(1).equals("cut") ? (p, t) -> p.cutPath(path) : (p, t) -> p.restorePath(path);
        }
        m = WAIT.matcher(line);
        if (m.matches()) {
            long amount = number(lineNumber, asWritten, m.group(1));
            Duration duration = switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            };
            return (p, t) -> {
                t.advance(duration);
                p.tick();
            };
        }
        return switch (line) {
            case "power-cut" -> (p, t) -> p.cutMains();
            case "power-restore" -> (p, t) -> p.restoreMains();
            case "jam" -> (p, t) -> p.jam();
            case "unjam" -> (p, t) -> p.unjam();
            case "periodic test" -> (p, t) -> p.periodicTest();
            default -> throw new ScenarioException(lineNumber, asWritten, "not a scenario step");
        };
    }

    private static int number(int lineNumber, String line, String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new ScenarioException(lineNumber, line, "number too large");
        }
    }
}
