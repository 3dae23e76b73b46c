package org.vaka.server.portal;

/** How a customer arms: everything ("Fullarm") or the shell only, for while someone is home ("Skalskydd"). */
public enum ArmingMode {
    AWAY("ARM_AWAY"), HOME("ARM_HOME");

    private final String command;

    ArmingMode(String command) {
        this.command = command;
    }

    String command() {
        return command;
    }
}
