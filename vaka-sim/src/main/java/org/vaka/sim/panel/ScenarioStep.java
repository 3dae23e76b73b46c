package org.vaka.sim.panel;

/** One understood line of a scenario, ready to be applied to a panel. */
public record ScenarioStep(int lineNumber, String line, Action action) {

    @FunctionalInterface
    public interface Action {
        void apply(AlarmPanel panel, TimeAdvance time);
    }

    public void apply(AlarmPanel panel, TimeAdvance time) {
        action.apply(panel, time);
    }
}
