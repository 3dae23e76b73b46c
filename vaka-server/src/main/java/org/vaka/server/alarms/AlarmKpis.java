package org.vaka.server.alarms;

import java.time.Instant;
import java.util.List;

/**
 * How fast alarms were handled in a period, against the ARC standard of 80 % taken within 30 s and 98.5 % within
 * 60 s. Times are in seconds; a median or share is null when no alarm of that group was taken.
 */
public record AlarmKpis(Instant from, Instant to, List<ByPriority> byPriority, List<ByOperator> byOperator) {

    public static final double TARGET_30S = 0.80;
    public static final double TARGET_60S = 0.985;

    public record ByPriority(int priority, int alarms, int taken, int closed, Double medianToTake, Double p90ToTake,
                             Double shareTakenWithin30s, Double shareTakenWithin60s, Double medianToClose) {
    }

    public record ByOperator(String operator, int taken, int closed, Double medianToTake, Double medianTakeToClose) {
    }
}
