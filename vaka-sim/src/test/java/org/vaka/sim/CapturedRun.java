package org.vaka.sim;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One run of the command as a user would start it, with what it printed and the numbers of its RESULT line. */
record CapturedRun(int exitStatus, String out, String err) {

    static CapturedRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = new SimCommand(o, e, false).run(args);
        }
        return new CapturedRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The key=value pairs of the line starting with {@code tag} (RESULT or VERIFY). */
    Map<String, String> line(String tag) {
        for (String line : out.split("\n")) {
            if (line.startsWith(tag + " ")) {
                Map<String, String> values = new LinkedHashMap<>();
                for (String pair : line.substring(tag.length() + 1).trim().split(" ")) {
                    int eq = pair.indexOf('=');
                    values.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
                return values;
            }
        }
        throw new AssertionError("no " + tag + " line in:\n" + out + "\nstderr:\n" + err);
    }

    long result(String name) {
        return Long.parseLong(line("RESULT").get(name));
    }

    @Override
    public String toString() {
        return "exit " + exitStatus + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
