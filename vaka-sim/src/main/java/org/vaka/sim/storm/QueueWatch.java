package org.vaka.sim.storm;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

import org.vaka.sim.VakaApi;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads what an operator would see: the head of the queue, the whole queue, the intake's lag. */
final class QueueWatch {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The API's largest page: the whole queue, however large the storm made it. */
    static final int WHOLE_QUEUE = 100_000;

    /** Storm alarms in the queue once the intake has caught up. */
    record StormAlarms(int alarms, long signals, int queueLength) {
    }

    private final VakaApi api;

    QueueWatch(VakaApi api) {
        this.api = api;
    }

    /** Whether the queue's first alarm is a fire from this account. */
    boolean fireOnTop(String account) throws VakaApi.ApiException {
        JsonNode top = queue(1);
        return !top.isEmpty() && account.equals(top.get(0).path("account").asString())
                && "FIRE".equals(top.get(0).path("category").asString());
    }

    StormAlarms stormAlarms(Set<String> accounts) throws VakaApi.ApiException {
        JsonNode all = queue(WHOLE_QUEUE);
        int alarms = 0;
        long signals = 0;
        for (JsonNode alarm : all) {
            if (accounts.contains(alarm.path("account").asString()) && "TECHNICAL".equals(alarm.path("category").asString())) {
                alarms++;
                signals += alarm.path("signalCount").asLong();
            }
        }
        return new StormAlarms(alarms, signals, all.size());
    }

    /** Signals in the log the alarm intake has not read yet. */
    long intakeLag() throws VakaApi.ApiException {
        HttpResponse<String> metrics = api.getText("/actuator/prometheus", Duration.ofSeconds(10), "text/plain");
        return metrics.body().lines().filter(line -> line.startsWith("vaka_alarms_intake_lag"))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new VakaApi.ApiException("no vaka_alarms_intake_lag in /actuator/prometheus ("
                        + metrics.statusCode() + "): does the user have the ADMIN role?"));
    }

    private JsonNode queue(int limit) throws VakaApi.ApiException {
        HttpResponse<String> answer = api.getText("/api/v1/alarms?status=open&limit=" + limit, Duration.ofSeconds(30));
        if (answer.statusCode() != 200) {
            throw new VakaApi.ApiException("GET /api/v1/alarms answered " + answer.statusCode() + ": " + answer.body());
        }
        return JSON.readTree(answer.body());
    }
}
