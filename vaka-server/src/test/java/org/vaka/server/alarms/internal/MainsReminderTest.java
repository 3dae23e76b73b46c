package org.vaka.server.alarms.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vaka.protocol.dc09.Dc09Encoder;
import org.vaka.protocol.dc09.Dc09Outgoing;
import org.vaka.server.TestDatabases;
import org.vaka.server.alarms.AlarmQueue;
import org.vaka.server.notify.Notification;
import org.vaka.server.notify.Outbox;
import org.vaka.server.receiver.Dc09Receiver;
import org.vaka.server.sites.Contact;
import org.vaka.server.sites.PanelAccountRegistration;
import org.vaka.server.sites.PanelAccounts;
import org.vaka.server.sites.SiteContacts;

/** Six hours after a power cut that has not been restored, the customer gets one reminder; time is a given clock. */
@SpringBootTest
class MainsReminderTest {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        TestDatabases.freshServerOnH2(registry);
    }

    @Autowired Dc09Receiver receiver;
    @Autowired PanelAccounts accounts;
    @Autowired SiteContacts contacts;
    @Autowired AlarmQueue alarms;
    @Autowired Outbox outbox;
    @Autowired CustomerNotices notices;
    @Autowired JdbcClient jdbc;

    @Test
    void oneReminderAfterSixHoursWithoutPower() throws Exception {
        long site = accounts.register(1, new PanelAccountRegistration("C0FFEE", null, null, null, null, 3600, "Stugan"))
                .account().siteId();
        contacts.replaceContacts(1, site, List.of(new Contact(1, "Owner", "+46709999999")));
        send("C0FFEE", "AT0000");
        await().until(() -> reasons().contains("MAINS_LOST") && !alarms.queue(1).isEmpty());

        MainsReminder fiveHoursLater = new MainsReminder(jdbc, notices, clockAhead(Duration.ofHours(5)));
        MainsReminder sevenHoursLater = new MainsReminder(jdbc, notices, clockAhead(Duration.ofHours(7)));
        fiveHoursLater.remind();
        assertThat(reasons()).doesNotContain("MAINS_REMINDER");
        sevenHoursLater.remind();
        sevenHoursLater.remind(); // once only
        assertThat(reasons()).containsOnlyOnce("MAINS_REMINDER");
    }

    private List<String> reasons() {
        return outbox.recent(1, 100).stream().filter(n -> n.recipient().equals("+46709999999")).map(Notification::reason).toList();
    }

    private static Clock clockAhead(Duration ahead) {
        return Clock.offset(Clock.systemUTC(), ahead);
    }

    private void send(String account, String event) throws Exception {
        byte[] frame = Dc09Encoder.encode(new Dc09Outgoing("SIA-DCS", 1, "0", "0", account, "#" + account + "|N" + event,
                List.of(), Instant.now()), null, RandomGenerator.of("L64X128MixRandom"));
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), receiver.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(frame);
            InputStream in = socket.getInputStream();
            assertThat(in.read()).isEqualTo('\n'); // the ACK has begun: committed
        }
    }
}
