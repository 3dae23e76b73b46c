package org.vaka.sim.panel;

import java.util.Objects;

/** Someone who may arm and disarm; the number is what OP/CL carry to the receiving centre. */
public record User(int number, String name, String code) {

    public User {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
        if (number < 1 || number > 9999) {
            throw new IllegalArgumentException("user number must be 1..9999, not " + number);
        }
        if (!code.matches("\\d{6}")) {
            throw new IllegalArgumentException("user " + number + ": a code is 6 digits");
        }
    }

    @Override
    public String toString() {
        return "User[" + number + " " + name + "]"; // never the code: it ends up in logs
    }
}
