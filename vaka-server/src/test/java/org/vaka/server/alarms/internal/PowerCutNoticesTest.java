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

/**
 * A power cut is told once it has lasted a minute, its restore only when the cut was told, and a reminder follows
 * six hours in; a flicker tells nothing. Time is a given clock: the notices are run by hand at chosen moments.
 */
@SpringBootTest
class PowerCutNoticesTest {

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
    void aLastingCutIsToldItsRestoreToldAndARemindOnceAfterSixHours() throws Exception {
        long site = accounts.register(1, new PanelAccountRegistration("C0FFEE", null, null, null, null, 3600, "Stugan"))
                .account().siteId();
        contacts.replaceContacts(1, site, List.of(new Contact(1, "Owner", "+46709999999")));
        send("C0FFEE", 1, "AT0000");
        await().until(() -> jdbc.sql("select count(*) from site_mains_out where site_id = ?").param(site)
                .query(Integer.class).single() == 1);

        at(Duration.ofSeconds(30)).tell();
        assertThat(reasons("+46709999999")).isEmpty(); // half a minute: could still be a flicker
        at(Duration.ofSeconds(61)).tell();
        at(Duration.ofSeconds(90)).tell();
        assertThat(reasons("+46709999999")).containsExactly("MAINS_LOST");
        at(Duration.ofHours(5)).tell();
        assertThat(reasons("+46709999999")).doesNotContain("MAINS_REMINDER");
        at(Duration.ofHours(7)).tell();
        at(Duration.ofHours(7)).tell(); // once only
        assertThat(reasons("+46709999999")).containsOnlyOnce("MAINS_REMINDER");

        send("C0FFEE", 2, "AR0000");
        await().until(() -> reasons("+46709999999").contains("MAINS_RESTORED"));
    }

    @Test
    void aFlickerTellsNothing() throws Exception {
        long site = accounts.register(1, new PanelAccountRegistration("C0FFEF", null, null, null, null, 3600, "Boden"))
                .account().siteId();
        contacts.replaceContacts(1, site, List.of(new Contact(1, "Owner", "+46708888888")));
        send("C0FFEF", 1, "AT0000");
        send("C0FFEF", 2, "AR0000");
        send("C0FFEF", 3, "AT0000");
        send("C0FFEF", 4, "AR0000");
        await().until(() -> alarms.queue(1).stream().anyMatch(a -> a.account().equals("C0FFEF") && a.signalCount() == 2));
        at(Duration.ofMinutes(5)).tell();
        assertThat(reasons("+46708888888")).isEmpty();
        assertThat(jdbc.sql("select count(*) from site_mains_out where site_id = ?").param(site).query(Integer.class).single())
                .isZero();
    }

    private PowerCutNotices at(Duration ahead) {
        return new PowerCutNotices(jdbc, notices, Clock.offset(Clock.systemUTC(), ahead), Duration.ofSeconds(60));
    }

    private List<String> reasons(String phone) {
        return outbox.recent(1, 100).stream().filter(n -> n.recipient().equals(phone)).map(Notification::reason).toList();
    }

    private void send(String account, int sequence, String event) throws Exception {
        byte[] frame = Dc09Encoder.encode(new Dc09Outgoing("SIA-DCS", sequence, "0", "0", account, "#" + account + "|N" + event,
                List.of(), Instant.now()), null, RandomGenerator.of("L64X128MixRandom"));
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), receiver.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(frame);
            InputStream in = socket.getInputStream();
            assertThat(in.read()).isEqualTo('\n'); // the ACK has begun: committed
        }
    }
}
