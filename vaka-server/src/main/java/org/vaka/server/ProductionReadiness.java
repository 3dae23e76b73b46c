package org.vaka.server;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code vaka.mode=production} refuses to start while an embedded default remains, and says each one
 * that is left — a production centre must never run on a file database or with the demo logins.
 */
@Component
class ProductionReadiness {

    ProductionReadiness(Environment env) {
        if (!"production".equalsIgnoreCase(env.getProperty("vaka.mode", "embedded"))) {
            return;
        }
        List<String> missing = new ArrayList<>();
        if (env.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:")) {
            missing.add("a PostgreSQL database (VAKA_DB_URL, VAKA_DB_USER, VAKA_DB_PASSWORD) instead of the embedded H2 file");
        }
        if (env.getProperty("vaka.demo.seed", Boolean.class, true)) {
            missing.add("VAKA_DEMO_SEED=false, so no demo tenant with known passwords is created");
        }
        if (env.getProperty("vaka.devices.broker-url", "").isBlank()) {
            missing.add("an MQTT broker for commands to panels (VAKA_MQTT_URL, VAKA_MQTT_USER, VAKA_MQTT_PASSWORD) "
                    + "instead of the embedded one");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("vaka.mode=production, but embedded defaults remain. Still needed:\n  - "
                    + String.join("\n  - ", missing));
        }
    }
}
