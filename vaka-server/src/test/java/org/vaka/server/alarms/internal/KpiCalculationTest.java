package org.vaka.server.alarms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vaka.server.alarms.AlarmKind;
import org.vaka.server.alarms.AlarmKpis;
import org.vaka.server.alarms.AlarmStatus;
import org.vaka.server.alarms.AlarmView;

class KpiCalculationTest {

    static final Instant T0 = Instant.parse("2026-11-26T12:00:00Z");

    static AlarmView alarm(int priority, Integer takenAfter, Integer closedAfter, String operator) {
        Instant taken = takenAfter == null ? null : T0.plusSeconds(takenAfter);
        Instant closed = closedAfter == null ? null : T0.plusSeconds(closedAfter);
        AlarmStatus status = closed != null ? AlarmStatus.CLOSED : taken != null ? AlarmStatus.TAKEN : AlarmStatus.OPEN;
        return new AlarmView(1, 1, "1234", priority == 1 ? AlarmKind.FIRE : AlarmKind.BURGLARY, priority, status, "BA",
                "Burglary", "03", 1, false, T0, T0, taken == null ? null : operator, taken, closed == null ? null : operator,
                closed, closed == null ? null : "FALSE_ALARM");
    }

    @Test
    void sharesWithin30And60SecondsMediansAndOperators() {
        List<AlarmView> alarms = new ArrayList<>();
        // Priority 2: ten alarms taken after 10, 20, ... 100 s; closed 60 s after taking.
        for (int i = 1; i <= 10; i++) {
            alarms.add(alarm(2, i * 10, i * 10 + 60, i % 2 == 0 ? "olle" : "asa"));
        }
        alarms.add(alarm(2, null, null, null)); // waiting: counted, not timed
        alarms.add(alarm(1, 5, null, "olle"));

        AlarmKpis kpis = KpiCalculation.of(T0, T0.plusSeconds(3600), alarms);

        assertThat(kpis.byPriority()).extracting(AlarmKpis.ByPriority::priority).containsExactly(1, 2);
        AlarmKpis.ByPriority burglary = kpis.byPriority().get(1);
        assertThat(burglary.alarms()).isEqualTo(11);
        assertThat(burglary.taken()).isEqualTo(10);
        assertThat(burglary.closed()).isEqualTo(10);
        assertThat(burglary.medianToTake()).isEqualTo(50.0);
        assertThat(burglary.p90ToTake()).isEqualTo(90.0);
        assertThat(burglary.shareTakenWithin30s()).isEqualTo(0.3);
        assertThat(burglary.shareTakenWithin60s()).isEqualTo(0.6);
        assertThat(burglary.medianToClose()).isEqualTo(110.0);
        AlarmKpis.ByPriority fire = kpis.byPriority().getFirst();
        assertThat(fire.shareTakenWithin30s()).isEqualTo(1.0);
        assertThat(fire.medianToClose()).isNull();

        assertThat(kpis.byOperator()).extracting(AlarmKpis.ByOperator::operator).containsExactly("asa", "olle");
        AlarmKpis.ByOperator olle = kpis.byOperator().get(1);
        assertThat(olle.taken()).isEqualTo(6);
        assertThat(olle.closed()).isEqualTo(5);
        assertThat(olle.medianTakeToClose()).isEqualTo(60.0);
    }

    @Test
    void anEmptyPeriodHasNoFigures() {
        AlarmKpis kpis = KpiCalculation.of(T0, T0.plusSeconds(60), List.of(alarm(3, null, null, null)));
        assertThat(kpis.byPriority().getFirst().medianToTake()).isNull();
        assertThat(kpis.byPriority().getFirst().shareTakenWithin30s()).isNull();
        assertThat(kpis.byOperator()).isEmpty();
    }
}
