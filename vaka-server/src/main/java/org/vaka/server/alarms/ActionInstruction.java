package org.vaka.server.alarms;

import java.util.ArrayList;
import java.util.List;

/**
 * What an operator must do for an alarm of a kind, in order. These are the built-in defaults the services' pages
 * describe (call the contacts in order, verify with the verification word, dispatch a guard, call 112); per-site
 * instructions and overrides come with the sites' management.
 */
public final class ActionInstruction {

    public record Step(int position, String text, boolean required) {
    }

    private ActionInstruction() {
    }

    public static List<Step> forKind(AlarmKind kind) {
        List<String> texts = new ArrayList<>();
        List<Boolean> required = new ArrayList<>();
        switch (kind) {
            case FIRE, MEDICAL -> {
                add(texts, required, "Call emergency services (112)", true);
                add(texts, required, "Call the contact persons in order", true);
            }
            case PANIC, DURESS -> {
                add(texts, required, "Call emergency services (112) — do not call the site", true);
                add(texts, required, "Dispatch a guard", false);
                add(texts, required, "Call the contact persons in order", true);
            }
            case BURGLARY -> {
                add(texts, required, "Call the contact persons in order", true);
                add(texts, required, "Verify the caller with the site's verification word", true);
                add(texts, required, "Dispatch a guard", false);
            }
            case UNEXPECTED_DISARM -> {
                add(texts, required, "Call the contact persons in order", true);
                add(texts, required, "Verify the caller with the site's verification word", true);
                add(texts, required, "Dispatch a guard", false);
            }
            case LATE_TO_ARM -> {
                add(texts, required, "Call the contact persons in order", true);
                add(texts, required, "Send the customer an SMS", false);
            }
            case TEST_CALLBACK -> add(texts, required, "Call the customer back and go through the test report", true);
            default -> {
                add(texts, required, "Call the contact persons in order", true);
                add(texts, required, "Send the customer an SMS", false);
            }
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            steps.add(new Step(i + 1, texts.get(i), required.get(i)));
        }
        return List.copyOf(steps);
    }

    private static void add(List<String> texts, List<Boolean> required, String text, boolean isRequired) {
        texts.add(text);
        required.add(isRequired);
    }
}
