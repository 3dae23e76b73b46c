package org.vaka.server;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started Vaka which database, directories and ports it is using. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final Environment env;
    private final DataSource dataSource;

    StartupReport(Environment env, DataSource dataSource) {
        this.env = env;
        this.dataSource = dataSource;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        String url = env.getProperty("spring.datasource.url", "");
        String db = url.startsWith("jdbc:h2:") ? "embedded H2 file database (" + url.replaceAll(";.*", "") + ")"
                : "PostgreSQL " + url.replaceAll("\\?.*", "");
        int webPort = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort() : env.getProperty("server.port", Integer.class, 8080);
        String dataDir = Path.of(env.getProperty("vaka.data-dir", "./data")).toAbsolutePath().normalize().toString();
        log.info("""

                ---------------------------------------------------------------
                 Vaka is running ({} mode)
                   web console  http://localhost:{}/      (SERVER_PORT)
                   health       http://localhost:{}/actuator/health
                   DC-09 panels TCP+UDP port {}             (VAKA_RECEIVER_PORT)
                   MQTT         {}   (VAKA_MQTT_URL)
                   database     {}   (VAKA_DB_URL)
                   data dir     {}   (VAKA_DATA_DIR)
                ---------------------------------------------------------------""",
                env.getProperty("vaka.mode", "embedded"), webPort, webPort,
                env.getProperty("vaka.receiver.port", "7100"), mqtt(), db, dataDir);
    }

    private String mqtt() {
        String url = env.getProperty("vaka.devices.broker-url", "");
        return url.isBlank() ? "embedded broker (Moquette) on port " + env.getProperty("vaka.devices.embedded-port", "1884")
                : "broker " + url;
    }
}
