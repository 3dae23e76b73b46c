package org.vaka.server.signals;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code vaka.signals.*}; documented in application.yml. */
@ConfigurationProperties("vaka.signals")
public record SignalsSettings(int maxBatch, int queueCapacity, Duration duplicateWindow) {

    public SignalsSettings {
        if (maxBatch <= 0) maxBatch = 2000;
        if (queueCapacity <= 0) queueCapacity = 200_000;
        if (duplicateWindow == null) duplicateWindow = Duration.ofHours(1);
    }
}
