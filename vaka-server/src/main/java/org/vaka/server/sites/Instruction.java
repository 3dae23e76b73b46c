package org.vaka.server.sites;

import java.util.List;

/** The steps that apply to a site for one alarm kind; {@code override} says whether they are the site's own. */
public record Instruction(String kind, boolean override, List<InstructionStep> steps) {

    public Instruction {
        steps = List.copyOf(steps);
    }
}
