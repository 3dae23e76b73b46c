package org.vaka.server;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Locale;
import java.util.UUID;

/**
 * The two databases every persistence test runs on: the embedded H2 file database (always) and
 * PostgreSQL on 127.0.0.1:5432, database {@code test} (when it answers — CI always has it). Each test
 * class gets its own H2 file or its own PostgreSQL schema, so runs never see each other's rows.
 */
public final class TestDatabases {

    public static final String PG_HOST = System.getenv().getOrDefault("VAKA_TEST_PG_HOST", "127.0.0.1");
    public static final String PG_USER = System.getenv().getOrDefault("VAKA_TEST_PG_USER", "postgres");

    private TestDatabases() {
    }

    public static boolean postgresReachable() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(PG_HOST, 5432), 1000);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /** A whole server on a fresh H2 file database, its receiver and embedded MQTT broker on free ports. */
    public static void freshServerOnH2(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabases::freshH2);
        registry.add("vaka.receiver.port", () -> 0);
        registry.add("vaka.devices.embedded-port", () -> 0);
    }

    /** A whole server on a fresh PostgreSQL schema, its receiver and embedded MQTT broker on free ports. */
    public static void freshServerOnPostgres(org.springframework.test.context.DynamicPropertyRegistry registry) {
        String url = freshPostgresSchema();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> PG_USER);
        registry.add("spring.datasource.password", () -> "");
        // Every test class keeps a server of its own in the context cache; ten idle connections each would pass
        // PostgreSQL's 100 long before the suite ends.
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> 6);
        registry.add("spring.datasource.hikari.minimum-idle", () -> 1);
        registry.add("vaka.receiver.port", () -> 0);
        registry.add("vaka.devices.embedded-port", () -> 0);
    }

    /** A fresh H2 file database URL in a new temp directory. */
    public static String freshH2() {
        try {
            Path dir = Files.createTempDirectory("vaka-h2-");
            return "jdbc:h2:file:" + dir.resolve("vaka") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh, empty PostgreSQL schema in database test; returns a URL that uses it. */
    public static String freshPostgresSchema() {
        String schema = "vaka_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        String base = "jdbc:postgresql://" + PG_HOST + ":5432/test";
        try (Connection c = DriverManager.getConnection(base, PG_USER, "")) {
            c.createStatement().execute("create schema " + schema);
        } catch (Exception e) {
            throw new IllegalStateException("could not create a PostgreSQL schema for the test: " + e.getMessage(), e);
        }
        return base + "?currentSchema=" + schema;
    }
}
