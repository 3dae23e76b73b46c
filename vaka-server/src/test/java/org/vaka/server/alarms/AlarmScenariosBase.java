package org.vaka.server.alarms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.vaka.protocol.dc09.Dc09Encoder;
import org.vaka.protocol.dc09.Dc09Outgoing;
import org.vaka.server.receiver.Dc09Receiver;
import org.vaka.server.sites.PanelAccountRegistration;
import org.vaka.server.sites.PanelAccounts;

/**
 * What every alarm scenario needs: a panel account of its own per test, a way to make it say something over real
 * DC-09 (its frames stamped with the server's clock), and the server on a clock the test can move.
 */
abstract class AlarmScenariosBase {


    static final String OPERATOR = "operator@demo.vaka";
    static final String ADMIN = "admin@demo.vaka";

    @Autowired MockMvc mvc;
    @Autowired AlarmQueue alarms;
    @Autowired PanelAccounts accounts;
    @Autowired Dc09Receiver receiver;
    @Autowired JdbcClient jdbc;
    @Autowired org.vaka.server.sites.SiteContacts contacts;
    @Autowired org.vaka.server.notify.Outbox outbox;

    List<org.vaka.server.notify.Notification> smsFor(String phone) {
        return outbox.recent(1, 500).stream().filter(n -> n.recipient().equals(phone)).toList();
    }

    @Autowired org.vaka.server.TestClock clock;
    @Autowired ArmingControl armingControl;
    @Autowired org.vaka.server.sites.SiteDescriptions descriptions;

    String account;
    int sequence;

    /** The server's periodic jobs at test speed. */
    static void fastSchedules(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("vaka.alarms.test-report-interval-ms", () -> "200");
        registry.add("vaka.arming.check-interval-ms", () -> "200");
        registry.add("vaka.alarms.mains-check-interval-ms", () -> "200");
    }

    @BeforeEach
    void aPanelOfItsOwn() {
        account = "A" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).toUpperCase().substring(0, 7);
        accounts.register(1, new PanelAccountRegistration(account, null, null, null, null, 3600, "Site " + account));
    }

    void panelSays(String event) throws IOException {
        panelSays(account, event);
    }

    void panelSays(String from, String event) throws IOException {
        byte[] frame = Dc09Encoder.encode(new Dc09Outgoing("SIA-DCS", ++sequence, "0", "0", from,
                "#" + from + "|N" + event, List.of(), clock.instant()), null, RandomGenerator.of("L64X128MixRandom"));
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), receiver.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(frame);
            InputStream in = socket.getInputStream();
            StringBuilder reply = new StringBuilder();
            for (int b = in.read(); b >= 0 && b != '\r'; b = in.read()) {
                reply.append((char) b);
            }
            assertThat(reply).contains("ACK"); // committed to the log
        }
    }

    List<AlarmView> mine() {
        return alarms.queue(1).stream().filter(a -> a.account().equals(account)).toList();
    }

}
