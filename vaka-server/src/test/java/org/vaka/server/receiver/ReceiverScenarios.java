package org.vaka.server.receiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vaka.protocol.dc09.AesKey;
import org.vaka.protocol.dc09.CrcFormat;
import org.vaka.protocol.dc09.Dc09Encoder;
import org.vaka.protocol.dc09.Dc09Frame;
import org.vaka.protocol.dc09.Dc09MessageDecoder;
import org.vaka.protocol.dc09.KeyFormat;
import org.vaka.protocol.dc09.TimeWindow;
import org.vaka.server.MutableClock;
import org.vaka.server.signals.SignalIndexer;

/**
 * The receiver end to end on real sockets and a real database: every test here runs once on H2 and once
 * on PostgreSQL (see the subclasses). The demo tenant's accounts are used as seeded: 1234 plain,
 * 5678 AES-128, 9ABC AES-256.
 */
abstract class ReceiverScenarios {

    static final AesKey K128 = AesKey.parse("000102030405060708090A0B0C0D0E0F", KeyFormat.HEX);
    static final AesKey K256 = AesKey.parse("000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F", KeyFormat.HEX);
    static final AesKey WRONG = AesKey.parse("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", KeyFormat.HEX);
    /** Sequences differ per test so a test never meets another's retransmission check. */
    private static final AtomicInteger SEQ = new AtomicInteger(100);

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        }
    }

    @Autowired Dc09Receiver receiver;
    @Autowired Supervision supervision;
    @Autowired SignalIndexer indexer;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int webPort;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void realTime() {
        clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    int seq() {
        return SEQ.incrementAndGet();
    }

    long stored(String account) {
        return jdbc.sql("select count(*) from signal_log where account = ? and transport <> 'GEN'")
                .param(account).query(Long.class).single();
    }

    static String text(byte[] frame) {
        return new String(frame, StandardCharsets.ISO_8859_1);
    }

    // ---------------------------------------------------------------- valid frames

    @Test
    void plainFrameIsStoredThenAckedEchoingTheHeaderExactly() throws Exception {
        long before = stored("1234");
        int seq = seq();
        byte[] sent = TestPanel.frame("SIA-DCS", seq, "1234", "#1234|Nri1/BA03", null, clock.instant());
        try (TestPanel panel = new TestPanel(receiver.port())) {
            byte[] reply = panel.send(sent);
            assertThat(text(reply)).isEqualTo(text(Dc09Encoder.ack(Dc09MessageDecoder.readFrame(sent), null, clock.instant(), null)));
            assertThat(text(reply)).contains("\"ACK\"" + String.format("%04d", seq) + "R0L0#1234[]");
        }
        assertThat(stored("1234")).isEqualTo(before + 1);
        var row = jdbc.sql("select code, zone, area, category, path, transport from signal_log where account = '1234' and sequence = ?")
                .param(String.format("%04d", seq)).query().singleRow();
        assertRow(row, "code", "BA", "zone", "03", "category", "BURGLARY", "transport", "TCP");
    }

    @Test
    void oddHeaderIsEchoedAsSent() throws Exception {
        int seq = seq();
        // R00 matches the account's receiver 0 by number; the ACK still says R00, as the panel wrote it.
        byte[] sent = TestPanel.frame("SIA-DCS", seq, "00", "0", "1234", "#1234|Nri1/RP", List.of(), null, clock.instant());
        try (TestPanel panel = new TestPanel(receiver.port())) {
            assertThat(text(panel.send(sent))).contains("\"ACK\"" + String.format("%04d", seq) + "R00L0#1234[]");
        }
    }

    @Test
    void contactIdFrameIsNormalised() throws Exception {
        int seq = seq();
        byte[] sent = TestPanel.frame("ADM-CID", seq, "1234", "#1234|1110 01 004", null, clock.instant());
        try (TestPanel panel = new TestPanel(receiver.port())) {
            assertThat(text(panel.send(sent))).contains("\"ACK\"");
        }
        var row = jdbc.sql("select category, zone, token from signal_log where account = '1234' and sequence = ?")
                .param(String.format("%04d", seq)).query().singleRow();
        assertRow(row, "category", "FIRE", "token", "ADM-CID");
    }

    @Test
    void aes128FrameGetsAnEncryptedAckAndIsStored() throws Exception {
        assertEncryptedRoundTrip("5678", K128);
    }

    @Test
    void aes256FrameGetsAnEncryptedAckAndIsStored() throws Exception {
        assertEncryptedRoundTrip("9ABC", K256);
    }

    private void assertEncryptedRoundTrip(String account, AesKey key) throws Exception {
        long before = stored(account);
        int seq = seq();
        byte[] sent = TestPanel.frame("SIA-DCS", seq, account, "#" + account + "|Nri1/FA02", key, clock.instant());
        try (TestPanel panel = new TestPanel(receiver.port())) {
            Dc09Frame ack = Dc09MessageDecoder.readFrame(panel.send(sent));
            assertThat(ack.token()).isEqualTo("ACK");
            assertThat(ack.encrypted()).isTrue();
            assertThat(ack.header()).isEqualTo(String.format("%04d", seq) + "R0L0#" + account);
            // The panel must be able to open the *ACK with its key, within the time window.
            assertThat(Dc09MessageDecoder.open(ack, key, clock.instant(), TimeWindow.STANDARD, false).timestamp()).isNotNull();
        }
        assertThat(stored(account)).isEqualTo(before + 1);
    }

    @Test
    void textKeyAccountRegisteredThroughTheApiWorks() throws Exception {
        HttpResponse<String> created = api("PUT", "/api/v1/accounts/AAAB", "admin@demo.vaka", "demo-admin", """
                {"account":"AAAB","receiver":"0","line":"0","key":"AAAAAAAAAAAAAAAA","keyFormat":"text",
                 "supervisionSeconds":90,"siteName":"Hikvision test site"}""");
        assertThat(created.statusCode()).isIn(200, 201);
        assertThat(created.body()).doesNotContain("AAAAAAAAAAAAAAAA").contains("\"encrypted\":true");
        // Entered as text, the key is the ASCII bytes: the same as hex 4141...41.
        AesKey sameAsHex = AesKey.parse("41414141414141414141414141414141", KeyFormat.HEX);
        byte[] sent = TestPanel.frame("SIA-DCS", seq(), "AAAB", "#AAAB|Nri1/TA05", sameAsHex, clock.instant());
        try (TestPanel panel = new TestPanel(receiver.port())) {
            assertThat(Dc09MessageDecoder.readFrame(panel.send(sent)).token()).isEqualTo("ACK");
        }
        assertThat(stored("AAAB")).isEqualTo(1);
    }

    @Test
    void udpFrameIsStoredThenAcked() throws Exception {
        long before = stored("1234");
        byte[] sent = TestPanel.frame("SIA-DCS", seq(), "1234", "#1234|Nri1/OP0002", null, clock.instant());
        assertThat(text(TestPanel.sendUdp(receiver.port(), sent))).contains("\"ACK\"");
        assertThat(stored("1234")).isEqualTo(before + 1);
        assertThat(jdbc.sql("select transport from signal_log where account = '1234' order by id desc limit 1")
                .query(String.class).single()).isEqualTo("UDP");
    }

    @Test
    void longEncryptedFrameOverUdpIsTakenWhole() throws Exception {
        long before = stored("9ABC");
        // Ajax-style photo links make frames far longer than Netty's default 2 KiB datagram buffer.
        String links = "Vhttp://cam.example/" + "p".repeat(1500);
        byte[] sent = TestPanel.frame("SIA-DCS", seq(), "0", "0", "9ABC", "#9ABC|Nri1/BA02", List.of(links), K256, clock.instant());
        assertThat(sent.length).isGreaterThan(3000);
        assertThat(Dc09MessageDecoder.readFrame(TestPanel.sendUdp(receiver.port(), sent)).token()).isEqualTo("ACK");
        assertThat(stored("9ABC")).isEqualTo(before + 1);
    }

    @Test
    void halfAFrameInADatagramGetsNakAndNothingIsStored() throws Exception {
        long before = stored("1234");
        byte[] frame = TestPanel.frame("SIA-DCS", seq(), "1234", "#1234|Nri1/BA01", null, clock.instant());
        byte[] half = java.util.Arrays.copyOf(frame, frame.length / 2);
        assertThat(text(TestPanel.sendUdp(receiver.port(), half))).contains("\"NAK\"0000R0L0A0[]_");
        assertThat(stored("1234")).isEqualTo(before);
    }

    @Test
    void retransmissionIsAckedAgainButStoredOnce() throws Exception {
        long before = stored("9ABC");
        int seq = seq();
        try (TestPanel panel = new TestPanel(receiver.port())) {
            // A real resend re-encrypts with a new pad and time: the ciphertext differs, the message does not.
            byte[] first = TestPanel.frame("SIA-DCS", seq, "9ABC", "#9ABC|Nri2/BA07", K256, clock.instant());
            byte[] again = TestPanel.frame("SIA-DCS", seq, "9ABC", "#9ABC|Nri2/BA07", K256, clock.instant().plusSeconds(2));
            assertThat(text(first)).isNotEqualTo(text(again));
            assertThat(Dc09MessageDecoder.readFrame(panel.send(first)).token()).isEqualTo("ACK");
            assertThat(Dc09MessageDecoder.readFrame(panel.send(again)).token()).isEqualTo("ACK");
            assertThat(Dc09MessageDecoder.readFrame(panel.send(again)).token()).isEqualTo("ACK");
        }
        assertThat(stored("9ABC")).isEqualTo(before + 1);
    }

    @Test
    void severalFramesInOneWriteAreAllAnswered() throws Exception {
        long before = stored("1234");
        byte[] a = TestPanel.frame("SIA-DCS", seq(), "1234", "#1234|Nri1/BA01", null, clock.instant());
        byte[] b = TestPanel.frame("SIA-DCS", seq(), "1234", "#1234|Nri1/BR01", null, clock.instant());
        byte[] both = new byte[a.length + b.length + 3];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length + 3, b.length); // three NULs between them, as a G90B sends
        try (TestPanel panel = new TestPanel(receiver.port())) {
            panel.sendRaw(both);
            assertThat(text(panel.reply())).contains("\"ACK\"");
            assertThat(text(panel.reply())).contains("\"ACK\"");
        }
        assertThat(stored("1234")).isEqualTo(before + 2);
    }

    @Test
    void frameSplitAcrossWritesIsReassembled() throws Exception {
        byte[] frame = TestPanel.frame("SIA-DCS", seq(), "1234", "#1234|Nri1/CL0002", null, clock.instant());
        try (TestPanel panel = new TestPanel(receiver.port())) {
            panel.sendRaw(java.util.Arrays.copyOfRange(frame, 0, 10));
            panel.sendRaw(java.util.Arrays.copyOfRange(frame, 10, frame.length));
            assertThat(text(panel.reply())).contains("\"ACK\"");
        }
    }

    @Test
    void binaryCrcFrameGetsABinaryCrcAck() throws Exception {
        long before = stored("1234");
        int seq = seq();
        byte[] sent = Dc09Encoder.encode(new org.vaka.protocol.dc09.Dc09Outgoing("SIA-DCS", seq, "0", "0", "1234",
                "#1234|Nri1/BA04", List.of(), clock.instant()), null, null, CrcFormat.BINARY);
        try (TestPanel panel = new TestPanel(receiver.port())) {
            Dc09Frame ack = Dc09MessageDecoder.readFrame(panel.send(sent));
            assertThat(ack.crcFormat()).isEqualTo(CrcFormat.BINARY);
            assertThat(ack.token()).isEqualTo("ACK");
            assertThat(ack.header()).isEqualTo(String.format("%04d", seq) + "R0L0#1234");
        }
        assertThat(stored("1234")).isEqualTo(before + 1);
    }

    @Test
    void nullLinkTestIsAckedAndNotStored() throws Exception {
        long before = stored("1234");
        byte[] sent = TestPanel.frame("NULL", 0, "1234", "", null, clock.instant());
        try (TestPanel panel = new TestPanel(receiver.port())) {
            assertThat(text(panel.send(sent))).contains("\"ACK\"0000R0L0#1234[]");
        }
        assertThat(stored("1234")).isEqualTo(before);
    }

    // ---------------------------------------------------------------- refusals

    @Test
    void unknownAccountGetsNakWithReceiverTimeAndNothingIsStored() throws Exception {
        long total = jdbc.sql("select count(*) from signal_log").query(Long.class).single();
        byte[] sent = TestPanel.frame("SIA-DCS", seq(), "DEAD", "#DEAD|Nri1/BA01", null, clock.instant());
        try (TestPanel panel = new TestPanel(receiver.port())) {
            byte[] reply = panel.send(sent);
            assertThat(text(reply)).isEqualTo(text(Dc09Encoder.nak(clock.instant(), CrcFormat.HEX)));
        }
        assertThat(jdbc.sql("select count(*) from signal_log").query(Long.class).single()).isEqualTo(total);
    }

    @Test
    void wrongReceiverNumberIsAnUnknownAccount() throws Exception {
        byte[] sent = TestPanel.frame("SIA-DCS", seq(), "7", "0", "1234", "#1234|Nri1/BA01", List.of(), null, clock.instant());
        try (TestPanel panel = new TestPanel(receiver.port())) {
            assertThat(text(panel.send(sent))).contains("\"NAK\"");
        }
    }

    @Test
    void badCrcGetsNakAndNothingIsStored() throws Exception {
        long before = stored("1234");
        byte[] sent = TestPanel.frame("SIA-DCS", seq(), "1234", "#1234|Nri1/BA01", null, clock.instant());
        sent[sent.length - 3] = (byte) (sent[sent.length - 3] == '1' ? '2' : '1'); // flip a data character
        try (TestPanel panel = new TestPanel(receiver.port())) {
            assertThat(text(panel.send(sent))).contains("\"NAK\"0000R0L0A0[]_");
        }
        assertThat(stored("1234")).isEqualTo(before);
    }

    @Test
    void wrongAesKeyGetsNakAndNothingIsStored() throws Exception {
        long before = stored("5678");
        byte[] sent = TestPanel.frame("SIA-DCS", seq(), "5678", "#5678|Nri1/BA01", WRONG, clock.instant());
        try (TestPanel panel = new TestPanel(receiver.port())) {
            assertThat(text(panel.send(sent))).contains("\"NAK\"");
        }
        assertThat(stored("5678")).isEqualTo(before);
    }

    @Test
    void plainFrameToAnEncryptedAccountIsRefused() throws Exception {
        long before = stored("5678");
        byte[] sent = TestPanel.frame("SIA-DCS", seq(), "5678", "#5678|Nri1/BA01", null, clock.instant());
        try (TestPanel panel = new TestPanel(receiver.port())) {
            assertThat(text(panel.send(sent))).contains("\"NAK\"");
        }
        assertThat(stored("5678")).isEqualTo(before);
    }

    @Test
    void encryptedFrameOutsideTheTimeWindowGetsNakWithTheReceiversTime() throws Exception {
        long before = stored("5678");
        byte[] late = TestPanel.frame("SIA-DCS", seq(), "5678", "#5678|Nri1/BA01", K128, clock.instant().minusSeconds(41));
        byte[] early = TestPanel.frame("SIA-DCS", seq(), "5678", "#5678|Nri1/BA01", K128, clock.instant().plusSeconds(21));
        try (TestPanel panel = new TestPanel(receiver.port())) {
            assertThat(text(panel.send(late))).isEqualTo(text(Dc09Encoder.nak(clock.instant(), CrcFormat.HEX)));
            assertThat(text(panel.send(early))).isEqualTo(text(Dc09Encoder.nak(clock.instant(), CrcFormat.HEX)));
            // At the edges of the window it is accepted.
            byte[] edge = TestPanel.frame("SIA-DCS", seq(), "5678", "#5678|Nri1/BA01", K128, clock.instant().minusSeconds(40));
            assertThat(Dc09MessageDecoder.readFrame(panel.send(edge)).token()).isEqualTo("ACK");
        }
        assertThat(stored("5678")).isEqualTo(before + 1);
    }

    @Test
    void unsupportedTokenGetsDuh() throws Exception {
        byte[] sent = TestPanel.frame("XYZ-ABC", seq(), "1234", "#1234|Nri1/BA01", null, clock.instant());
        try (TestPanel panel = new TestPanel(receiver.port())) {
            assertThat(text(panel.send(sent))).contains("\"DUH\"");
        }
    }

    @Test
    void garbageAndOversizedFramesDoNotStopTheListener() throws Exception {
        try (TestPanel noisy = new TestPanel(receiver.port()); TestPanel good = new TestPanel(receiver.port())) {
            // Osborne-Hoffman heartbeat (no LF: dropped silently) and a Galaxy line (LF..CR: refused as malformed).
            noisy.sendRaw("SR0001L0001    006969XX    [ID00000000]\r\nF#001234 garbage\r".getBytes(StandardCharsets.ISO_8859_1));
            assertThat(text(noisy.reply())).contains("\"NAK\"");
            byte[] huge = new byte[20_000];
            java.util.Arrays.fill(huge, (byte) 'A');
            huge[0] = '\n';
            System.arraycopy("F4B5003B\"SIA-DCS\"".getBytes(StandardCharsets.ISO_8859_1), 0, huge, 1, 17);
            noisy.sendRaw(huge);
            assertThat(text(noisy.reply())).contains("\"NAK\"");
            // The same connection and another one are both still served.
            byte[] frame = TestPanel.frame("SIA-DCS", seq(), "1234", "#1234|Nri1/RP", null, clock.instant());
            assertThat(text(good.send(frame))).contains("\"ACK\"");
            byte[] again = TestPanel.frame("SIA-DCS", seq(), "1234", "#1234|Nri1/RP", null, clock.instant());
            assertThat(text(noisy.send(again))).contains("\"ACK\"");
        }
    }

    // ---------------------------------------------------------------- supervision

    @Test
    void silentAccountGetsACommunicationFaultAndARestoreWhenHeardAgain() throws Exception {
        // Registered with a 30 s interval; heard on the ETH path once.
        assertThat(api("PUT", "/api/v1/accounts/5151", "admin@demo.vaka", "demo-admin",
                "{\"account\":\"5151\",\"supervisionSeconds\":30}").statusCode()).isIn(200, 201);
        try (TestPanel panel = new TestPanel(receiver.port())) {
            byte[] poll = TestPanel.frame("NULL", 0, null, null, "5151", "", List.of("JETH"), null, clock.instant());
            assertThat(text(panel.send(poll))).contains("\"ACK\"");
        }
        clock.advance(Duration.ofSeconds(29));
        supervision.check();
        assertThat(generated("5151", "YC")).isZero();

        clock.advance(Duration.ofSeconds(2));
        supervision.check();
        await().atMost(Duration.ofSeconds(10)).until(() -> generated("5151", "YC") == 1);
        supervision.check();
        assertThat(generated("5151", "YC")).isEqualTo(1); // raised once, not on every check
        long accountId = jdbc.sql("select id from panel_account where account = '5151'").query(Long.class).single();
        assertThat(supervision.status(accountId)).singleElement()
                .satisfies(path -> assertThat(path.path()).isEqualTo("ETH"))
                .satisfies(path -> assertThat(path.inFault()).isTrue());

        try (TestPanel panel = new TestPanel(receiver.port())) {
            byte[] poll = TestPanel.frame("NULL", 0, null, null, "5151", "", List.of("JETH"), null, clock.instant());
            assertThat(text(panel.send(poll))).contains("\"ACK\"");
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> generated("5151", "YK") == 1);
        assertThat(supervision.status(accountId)).singleElement().satisfies(path -> assertThat(path.inFault()).isFalse());
        var fault = jdbc.sql("select path, category, restore from signal_log where account = '5151' and code = 'YC'")
                .query().singleRow();
        assertRow(fault, "path", "ETH", "category", "SUPERVISION");
    }

    /** Column names differ in case between H2 and PostgreSQL; the row map ignores case. */
    static void assertRow(java.util.Map<String, Object> row, Object... columnsAndValues) {
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            assertThat(row.get((String) columnsAndValues[i])).as((String) columnsAndValues[i]).isEqualTo(columnsAndValues[i + 1]);
        }
    }

    long generated(String account, String code) {
        return jdbc.sql("select count(*) from signal_log where account = ? and code = ? and transport = 'GEN'")
                .params(account, code).query(Long.class).single();
    }

    // ---------------------------------------------------------------- API

    @Test
    void signalsApiListsNewestFirstForAuthorisedStaffOnly() throws Exception {
        int first = seq();
        int second = seq();
        try (TestPanel panel = new TestPanel(receiver.port())) {
            panel.send(TestPanel.frame("SIA-DCS", first, "1234", "#1234|Nri1/OP0002", null, clock.instant()));
            panel.send(TestPanel.frame("SIA-DCS", second, "1234", "#1234|Nri1/CL0002", null, clock.instant()));
        }
        HttpResponse<String> response = api("GET", "/api/v1/signals?account=1234&limit=2", "operator@demo.vaka", "demo-operator", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"account\":\"1234\"", "\"token\":\"SIA-DCS\"", "\"receivedAt\"", "\"panelTime\"",
                "\"path\":\"PRIMARY\"", "\"code\":\"CL\"");
        // Tools rely on every documented field being present, null or not.
        assertThat(response.body()).contains("\"zone\":null", "\"sequence\":", "\"token\":");
        assertThat(response.body().indexOf(String.format("\"sequence\":\"%04d\"", second)))
                .isLessThan(response.body().indexOf(String.format("\"sequence\":\"%04d\"", first)));
        assertThat(api("GET", "/api/v1/signals?account=1234", null, null, null).statusCode()).isEqualTo(401);
        assertThat(api("GET", "/api/v1/signals?account=1234", "operator@demo.vaka", "wrong", null).statusCode()).isEqualTo(401);
        assertThat(api("GET", "/api/v1/signals?account=1234&limit=0", "operator@demo.vaka", "demo-operator", null).statusCode()).isEqualTo(400);
    }

    @Test
    void signalsApiJoinsFiledAndNotYetFiledSignals() throws Exception {
        int older = seq();
        int newer = seq();
        try (TestPanel panel = new TestPanel(receiver.port())) {
            panel.send(TestPanel.frame("SIA-DCS", older, "9ABC", "#9ABC|Nri1/TA01", K256, clock.instant()));
            indexer.catchUp();
            panel.send(TestPanel.frame("SIA-DCS", newer, "9ABC", "#9ABC|Nri1/TR01", K256, clock.instant()));
        }
        String body = api("GET", "/api/v1/signals?account=9ABC&limit=2", "operator@demo.vaka", "demo-operator", null).body();
        assertThat(body.indexOf(String.format("\"sequence\":\"%04d\"", newer))).isPositive()
                .isLessThan(body.indexOf(String.format("\"sequence\":\"%04d\"", older)));
        indexer.catchUp();
        assertThat(api("GET", "/api/v1/signals?account=9ABC&limit=2", "operator@demo.vaka", "demo-operator", null).body())
                .isEqualTo(body);
    }

    @Test
    void accountsApiValidatesAndNeverShowsKeys() throws Exception {
        String body = "{\"account\":\"C0FFEE\",\"receiver\":\"1\",\"line\":\"2\",\"key\":\"000102030405060708090A0B0C0D0E0F1011121314151617\","
                + "\"keyFormat\":\"hex\",\"supervisionSeconds\":120,\"siteName\":\"Kafé\"}";
        HttpResponse<String> created = api("POST", "/api/v1/accounts", "admin@demo.vaka", "demo-admin", body);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"keyBits\":192").doesNotContain("0001020304");
        assertThat(api("POST", "/api/v1/accounts", "admin@demo.vaka", "demo-admin", body).statusCode()).isEqualTo(409);
        HttpResponse<String> got = api("GET", "/api/v1/accounts/c0ffee", "operator@demo.vaka", "demo-operator", null);
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(got.body()).contains("\"siteName\":\"Kafé\"", "\"receiver\":\"1\"").doesNotContain("0001020304");

        HttpResponse<String> badKey = api("POST", "/api/v1/accounts", "admin@demo.vaka", "demo-admin",
                "{\"account\":\"BAD1\",\"key\":\"0011\",\"keyFormat\":\"hex\"}");
        assertThat(badKey.statusCode()).isEqualTo(400);
        assertThat(badKey.body()).contains("key");
        HttpResponse<String> badAccount = api("POST", "/api/v1/accounts", "admin@demo.vaka", "demo-admin", "{\"account\":\"XY\"}");
        assertThat(badAccount.statusCode()).isEqualTo(400);
        assertThat(badAccount.body()).contains("3 to 16 hex digits");
        assertThat(api("POST", "/api/v1/accounts", "operator@demo.vaka", "demo-operator", "{\"account\":\"ABCD\"}").statusCode())
                .isEqualTo(403);
        assertThat(api("GET", "/api/v1/accounts/BAD1", "admin@demo.vaka", "demo-admin", null).statusCode()).isEqualTo(404);
    }

    @Test
    void apiIsDescribedForStaff() throws Exception {
        HttpResponse<String> docs = api("GET", "/v3/api-docs", "operator@demo.vaka", "demo-operator", null);
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("\"/api/v1/signals\"", "\"/api/v1/accounts\"", "Vaka API").doesNotContain("/console");
        assertThat(api("GET", "/v3/api-docs", null, null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void healthIsOpen() throws Exception {
        HttpResponse<String> health = api("GET", "/actuator/health", null, null, null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("UP");
    }

    HttpResponse<String> api(String method, String path, String user, String password, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webPort + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
