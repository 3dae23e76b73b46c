package org.vaka.server.alarms.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.vaka.server.alarms.AlarmKpis;
import org.vaka.server.alarms.AlarmView;

/** Folds a period's alarms into handling times per priority and per operator. Pure: no database, no clock. */
final class KpiCalculation {

    private KpiCalculation() {
    }

    static AlarmKpis of(Instant from, Instant to, List<AlarmView> alarms) {
        Map<Integer, List<AlarmView>> byPriority = new TreeMap<>();
        Map<String, List<AlarmView>> byOperator = new TreeMap<>();
        for (AlarmView a : alarms) {
            byPriority.computeIfAbsent(a.priority(), k -> new ArrayList<>()).add(a);
            if (a.takenBy() != null) {
                byOperator.computeIfAbsent(a.takenBy(), k -> new ArrayList<>()).add(a);
            }
        }
        List<AlarmKpis.ByPriority> priorities = byPriority.entrySet().stream().map(e -> {
            List<AlarmView> group = e.getValue();
            List<Double> toTake = seconds(group, AlarmView::raisedAt, AlarmView::takenAt);
            List<Double> toClose = seconds(group.stream().filter(a -> a.closedAt() != null).toList(), AlarmView::raisedAt,
                    AlarmView::closedAt);
            return new AlarmKpis.ByPriority(e.getKey(), group.size(), toTake.size(),
                    (int) group.stream().filter(a -> a.closedAt() != null).count(), percentile(toTake, 0.5),
                    percentile(toTake, 0.9), share(toTake, s -> s <= 30), share(toTake, s -> s <= 60), percentile(toClose, 0.5));
        }).toList();
        List<AlarmKpis.ByOperator> operators = byOperator.entrySet().stream().map(e -> {
            List<AlarmView> group = e.getValue();
            List<AlarmView> closedByThem = group.stream().filter(a -> e.getKey().equals(a.closedBy())).toList();
            return new AlarmKpis.ByOperator(e.getKey(), group.size(), closedByThem.size(),
                    percentile(seconds(group, AlarmView::raisedAt, AlarmView::takenAt), 0.5),
                    percentile(seconds(closedByThem, AlarmView::takenAt, AlarmView::closedAt), 0.5));
        }).toList();
        return new AlarmKpis(from, to, priorities, operators);
    }

    private static List<Double> seconds(List<AlarmView> alarms, java.util.function.Function<AlarmView, Instant> start,
                                        java.util.function.Function<AlarmView, Instant> end) {
        return alarms.stream().filter(a -> start.apply(a) != null && end.apply(a) != null)
                .map(a -> Duration.between(start.apply(a), end.apply(a)).toMillis() / 1000.0)
                .sorted(Comparator.naturalOrder()).toList();
    }

    /** Nearest-rank percentile of sorted values. */
    static Double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.clamp(rank - 1, 0, sorted.size() - 1));
    }

    private static Double share(List<Double> values, Predicate<Double> within) {
        return values.isEmpty() ? null : values.stream().filter(within).count() / (double) values.size();
    }
}
