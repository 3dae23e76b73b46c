package org.vaka.server.devices.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-JVM MQTT broker (Moquette) of the embedded mode, so {@code ./vaka start} needs no broker installed.
 * Nothing is persisted: panels republish their retained state whenever they connect.
 */
final class EmbeddedBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedBroker.class);

    private final Server server = new Server();
    private final int port;

    EmbeddedBroker(String bindAddress, int requestedPort, PanelBrokerAuthority authority) {
        // Moquette does not tell which port it bound when asked for any, so pick a free one for it.
        int port = requestedPort == 0 ? freePort() : requestedPort;
        Properties properties = new Properties();
        properties.setProperty("host", bindAddress);
        properties.setProperty("port", Integer.toString(port));
        properties.setProperty("allow_anonymous", "false");
        properties.setProperty("persistence_enabled", "false");
        properties.setProperty("telemetry_enabled", "false"); // it would phone home otherwise
        properties.setProperty("netty.mqtt.message_size", "65536");
        // Each session loop queues the work of its clients; the default (1024) overflows when a thousand panels
        // reconnect at once, each publishing its retained state, and Moquette then drops connections.
        properties.setProperty("session_queue_size", "65536");
        try {
            server.startServer(new MemoryConfig(properties), List.of(), null, authority, authority);
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded MQTT broker could not start on " + bindAddress + ":" + port
                    + " (set vaka.devices.embedded-port / VAKA_DEVICES_EMBEDDED_PORT, or VAKA_MQTT_URL for an external broker)", e);
        }
        this.port = port;
        log.info("embedded MQTT broker (Moquette) listening on {}:{}", bindAddress, this.port);
    }

    private static int freePort() {
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the embedded MQTT broker", e);
        }
    }

    int port() {
        return port;
    }

    @Override
    public void close() {
        server.stopServer();
    }
}
