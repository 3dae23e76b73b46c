package org.vaka.sim.panel;

import java.util.List;

/**
 * What a keypad or app command got. Refusals carry their kind for software and say why in words a user would see
 * on the keypad, and "not ready" lists the zones to close, as real panels do.
 *
 * @param refusal null when accepted
 */
public record CommandResult(boolean accepted, CommandRefusal refusal, String reason, List<Integer> openZones) {

    public CommandResult {
        if (accepted != (refusal == null)) {
            throw new IllegalArgumentException("a refused command needs a refusal, an accepted one none");
        }
        openZones = List.copyOf(openZones);
    }

    static CommandResult ok() {
        return new CommandResult(true, null, "", List.of());
    }

    static CommandResult wrongCode() {
        return new CommandResult(false, CommandRefusal.WRONG_CODE, "wrong code", List.of());
    }

    static CommandResult notAllowed(String reason) {
        return new CommandResult(false, CommandRefusal.NOT_ALLOWED, reason, List.of());
    }

    static CommandResult notReady(List<Zone> open) {
        List<Integer> numbers = open.stream().map(Zone::number).toList();
        String names = String.join(", ", open.stream().map(z -> z.number() + " " + z.name()).toList());
        return new CommandResult(false, CommandRefusal.NOT_READY, "not ready: open zones " + names, numbers);
    }
}
