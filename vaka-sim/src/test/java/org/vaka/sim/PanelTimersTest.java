package org.vaka.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PanelTimersTest {

    @Test
    void handsOutPanelsInDeadlineOrderAfterReschedulesAndCancels() {
        PanelTimers timers = new PanelTimers();
        SplittableRandom random = new SplittableRandom(1);
        List<VirtualPanel> panels = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            VirtualPanel panel = new VirtualPanel(null, new PanelFrames("F" + String.format("%05X", i), i, null), null);
            panels.add(panel);
            timers.schedule(panel, random.nextLong(1_000_000));
        }
        for (int i = 0; i < 500; i += 3) {
            timers.schedule(panels.get(i), random.nextLong(1_000_000));
        }
        for (int i = 1; i < 500; i += 7) {
            timers.cancel(panels.get(i));
        }

        long last = Long.MIN_VALUE;
        int count = 0;
        VirtualPanel first;
        while ((first = timers.first()) != null) {
            assertThat(first.deadline).isGreaterThanOrEqualTo(last);
            last = first.deadline;
            timers.cancel(first);
            assertThat(first.heapIndex).isEqualTo(-1);
            count++;
        }
        assertThat(count).isEqualTo(500 - 72);
        assertThat(timers.isEmpty()).isTrue();
    }
}
