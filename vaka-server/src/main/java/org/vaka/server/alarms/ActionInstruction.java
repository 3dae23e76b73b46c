package org.vaka.server.alarms;

import static org.vaka.server.sites.InstructionAction.CALL_CONTACTS;
import static org.vaka.server.sites.InstructionAction.CALL_EMERGENCY;
import static org.vaka.server.sites.InstructionAction.DISPATCH_GUARD;
import static org.vaka.server.sites.InstructionAction.SMS_CUSTOMER;
import static org.vaka.server.sites.InstructionAction.VERIFY_WORD;

import java.util.ArrayList;
import java.util.List;

import org.vaka.server.sites.InstructionAction;
import org.vaka.server.sites.InstructionStep;

/**
 * What an operator must do for an alarm of a kind, in order, when the site has no instruction of its own for it.
 * These are the built-in defaults the services' pages describe (call the contacts in order, verify with the
 * verification word, dispatch a guard, call 112); a site's overrides are kept by the sites module.
 */
public final class ActionInstruction {

    private ActionInstruction() {
    }

    public static List<InstructionStep> forKind(AlarmKind kind) {
        List<InstructionStep> steps = new ArrayList<>();
        switch (kind) {
            case FIRE, MEDICAL -> {
                add(steps, CALL_EMERGENCY, null, true);
                add(steps, CALL_CONTACTS, null, true);
            }
            case PANIC, DURESS -> {
                add(steps, CALL_EMERGENCY, "Call emergency services (112) — do not call the site", true);
                add(steps, DISPATCH_GUARD, null, false);
                add(steps, CALL_CONTACTS, null, true);
            }
            case BURGLARY -> {
                add(steps, CALL_CONTACTS, null, true);
                add(steps, VERIFY_WORD, null, true);
                add(steps, DISPATCH_GUARD, null, false);
            }
            case UNEXPECTED_DISARM -> {
                add(steps, CALL_CONTACTS, null, true);
                add(steps, VERIFY_WORD, null, true);
                add(steps, DISPATCH_GUARD, null, false);
            }
            case LATE_TO_ARM -> {
                add(steps, CALL_CONTACTS, null, true);
                add(steps, SMS_CUSTOMER, null, false);
            }
            case TEST_CALLBACK -> add(steps, InstructionAction.NOTE, "Call the customer back and go through the test report", true);
            default -> {
                add(steps, CALL_CONTACTS, null, true);
                add(steps, SMS_CUSTOMER, null, false);
            }
        }
        return List.copyOf(steps);
    }

    private static void add(List<InstructionStep> steps, InstructionAction action, String text, boolean required) {
        steps.add(new InstructionStep(steps.size() + 1, action, text == null ? action.standardText() : text, required));
    }
}
