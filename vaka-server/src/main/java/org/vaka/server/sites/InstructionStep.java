package org.vaka.server.sites;

/** One step of an action instruction; positions start at 1. */
public record InstructionStep(int position, InstructionAction action, String text, boolean required) {
}
