package org.vaka.sim.panel;

/** A scenario line that is not understood; the message names the line so the script's author can fix it. */
public final class ScenarioException extends RuntimeException {

    private final int lineNumber;

    ScenarioException(int lineNumber, String line, String why) {
        super("line " + lineNumber + ": " + why + ": \"" + line + "\"");
        this.lineNumber = lineNumber;
    }

    public int lineNumber() {
        return lineNumber;
    }
}
