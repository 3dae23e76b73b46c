package org.vaka.sim.panel;

import java.util.List;

/**
 * What a keypad or app command got. Refusals say why in words a user would see on the keypad, and "not ready"
 * lists the zones to close, as real panels do.
 */
public record CommandResult(boolean accepted, String reason, List<Integer> openZones) {

    public CommandResult {
        openZones = List.copyOf(openZones);
    }

    static CommandResult ok() {
        return new CommandResult(true, "", List.of());
    }

    static CommandResult refused(String reason) {
        return new CommandResult(false, reason, List.of());
    }

    static CommandResult notReady(List<Zone> open) {
        List<Integer> numbers = open.stream().map(Zone::number).toList();
        String names = String.join(", ", open.stream().map(z -> z.number() + " " + z.name()).toList());
        return new CommandResult(false, "not ready: open zones " + names, numbers);
    }
}
