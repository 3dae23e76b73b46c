package org.vaka.server.devices;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A real Mosquitto of the test's own, configured the way docs/DEVICES-MQTT.md tells an operator to: a password
 * file with the server's and the panels' logins, and the one-line ACL that keeps each panel in its own subtree.
 * (The system Mosquitto on 1883 lets anyone do anything, so it cannot show the ACL at work.)
 */
final class SpawnedMosquitto implements AutoCloseable {

    static final Path BROKER = Path.of("/usr/sbin/mosquitto");
    static final Path PASSWD = Path.of("/usr/bin/mosquitto_passwd");

    private final Process process;
    private final int port;
    private final Path dir;

    static boolean installed() {
        return Files.isExecutable(BROKER) && Files.isExecutable(PASSWD);
    }

    SpawnedMosquitto(Map<String, String> logins) throws IOException, InterruptedException {
        dir = Files.createTempDirectory("vaka-mosquitto-");
        Path passwords = dir.resolve("passwd");
        Files.createFile(passwords);
        for (var login : logins.entrySet()) {
            run(PASSWD.toString(), "-b", passwords.toString(), login.getKey(), login.getValue());
        }
        Path acl = dir.resolve("acl");
        Files.writeString(acl, """
                user vaka-server
                topic readwrite vaka/#

                pattern readwrite vaka/panels/%u/#
                """);
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Path conf = dir.resolve("mosquitto.conf");
        Files.writeString(conf, String.join("\n", List.of(
                "listener " + port + " 127.0.0.1",
                "allow_anonymous false",
                "password_file " + passwords,
                "acl_file " + acl,
                "persistence false",
                "user " + System.getProperty("user.name"), // root would otherwise switch to a user who cannot read dir
                "")));
        process = new ProcessBuilder(BROKER.toString(), "-c", conf.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!answers()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IOException("mosquitto did not start: " + Files.readString(dir.resolve("log")));
            }
            Thread.onSpinWait();
        }
    }

    String url() {
        return "tcp://127.0.0.1:" + port;
    }

    private boolean answers() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
    }

    @Override
    public void close() {
        process.destroy();
    }
}
