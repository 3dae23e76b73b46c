package org.vaka.server.devices;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code vaka.devices.*}; documented in application.yml. An empty {@code brokerUrl} means the
 * embedded broker, started with the server on {@code embeddedPort} (0 picks a free port, for tests).
 */
@ConfigurationProperties("vaka.devices")
public record DevicesSettings(String brokerUrl, String brokerUsername, String brokerPassword, int embeddedPort,
                              String embeddedBindAddress, Duration commandTimeout) {

    public DevicesSettings {
        if (brokerUrl == null) brokerUrl = "";
        if (brokerUsername == null || brokerUsername.isBlank()) brokerUsername = "vaka-server";
        if (brokerPassword == null) brokerPassword = "";
        if (embeddedBindAddress == null || embeddedBindAddress.isBlank()) embeddedBindAddress = "0.0.0.0";
        if (commandTimeout == null) commandTimeout = Duration.ofSeconds(10);
    }

    public boolean embedded() {
        return brokerUrl.isBlank();
    }

    @Override
    public String toString() {
        return "DevicesSettings[" + (embedded() ? "embedded broker :" + embeddedPort : brokerUrl) + "]"; // no password
    }
}
