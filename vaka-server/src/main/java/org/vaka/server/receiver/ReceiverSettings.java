package org.vaka.server.receiver;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code vaka.receiver.*}; documented in application.yml. Port 0 picks a free port (tests). */
@ConfigurationProperties("vaka.receiver")
public record ReceiverSettings(int port, String bindAddress, Duration idleTimeout, int maxFrameBytes,
                               Duration timeWindowBehind, Duration timeWindowAhead,
                               Duration supervisionCheckInterval) {

    public ReceiverSettings {
        if (bindAddress == null || bindAddress.isBlank()) bindAddress = "0.0.0.0";
        if (idleTimeout == null) idleTimeout = Duration.ofMinutes(5);
        if (maxFrameBytes <= 0) maxFrameBytes = 4200;
        if (timeWindowBehind == null) timeWindowBehind = Duration.ofSeconds(40);
        if (timeWindowAhead == null) timeWindowAhead = Duration.ofSeconds(20);
        if (supervisionCheckInterval == null) supervisionCheckInterval = Duration.ofSeconds(5);
    }
}
