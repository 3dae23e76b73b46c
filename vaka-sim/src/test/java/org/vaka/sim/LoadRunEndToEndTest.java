package org.vaka.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaka.protocol.dc09.AesKey;
import org.vaka.protocol.dc09.Dc09Message;
import org.vaka.protocol.dc09.KeyFormat;

/** The simulator against a fake receiver on loopback: counts, sequences, retries, NAK handling and the acked file. */
class LoadRunEndToEndTest {

    private static final String K256_TEXT = "000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F";
    private static final AesKey K256 = AesKey.parse(K256_TEXT, KeyFormat.HEX);

    @TempDir
    Path dir;

    @Test
    void tcpPanelsSendEverydayEventsAndEveryAckIsRecorded() throws Exception {
        Path acked = dir.resolve("acked.csv");
        try (FakeReceiver receiver = FakeReceiver.tcp(FakeReceiver.Mode.ACK, null)) {
            CapturedRun run = CapturedRun.of("--no-register", "--port", port(receiver), "--accounts", "5",
                    "--rate", "200", "--duration", "1500ms", "--acked-file", acked.toString());

            assertThat(run.exitStatus()).as(run.toString()).isZero();
            assertThat(run.result("accounts")).isEqualTo(5);
            assertThat(run.result("acked")).isEqualTo(run.result("sent")).isBetween(200L, 330L);
            assertThat(run.result("nakked")).isZero();
            assertThat(run.result("duh")).isZero();
            assertThat(run.result("unanswered")).isZero();
            assertThat(receiver.connections.get()).isEqualTo(5);
            assertThat(receiver.problems).isEmpty();
            assertAckedFileMatches(acked, run.result("acked"), receiver);
            assertSequencesCountUpPerAccount(receiver);
            assertThat(receiver.received).allSatisfy(m -> {
                assertThat(m.frame().encrypted()).isFalse();
                assertThat(m.frame().receiver()).isEqualTo("0");
                assertThat(m.frame().line()).isEqualTo("0");
                assertThat(m.timestamp()).isCloseTo(java.time.Instant.now(), within(Duration.ofSeconds(5)));
            });
            assertThat(receiver.received.stream().map(Dc09Message::data).collect(Collectors.toSet()))
                    .contains("#F00001|Nri1/RP0000", "#F00001|Nri1/CL0002", "#F00002|Nri1/OP0002");
            assertThat(run.out()).contains("ACK latency").contains("RESULT accounts=5 ");
            assertThat(run.line("RESULT")).containsOnlyKeys("accounts", "sent", "acked", "nakked", "duh",
                    "unanswered", "rate", "p50_ms", "p99_ms", "p999_ms");
            assertThat(run.err()).contains("5 panels -> TCP 127.0.0.1:" + receiver.port() + " for 1.5s")
                    .contains("sent=").contains("rate=");
        }
    }

    @Test
    void udpPanelsAreAckedLikeTcpOnes() throws Exception {
        Path acked = dir.resolve("acked-udp.csv");
        try (FakeReceiver receiver = FakeReceiver.udp(FakeReceiver.Mode.ACK, null)) {
            CapturedRun run = CapturedRun.of("--no-register", "--udp", "--port", port(receiver), "--accounts", "4",
                    "--rate", "100", "--duration", "1s", "--acked-file", acked.toString());

            assertThat(run.exitStatus()).as(run.toString()).isZero();
            assertThat(run.result("acked")).isEqualTo(run.result("sent")).isBetween(60L, 115L);
            assertThat(run.result("unanswered")).isZero();
            assertAckedFileMatches(acked, run.result("acked"), receiver);
            assertSequencesCountUpPerAccount(receiver);
        }
    }

    @Test
    void aes256PanelsSendEncryptedFramesAndAcceptTheEncryptedAck() throws Exception {
        Path acked = dir.resolve("acked-aes.csv");
        try (FakeReceiver receiver = FakeReceiver.tcp(FakeReceiver.Mode.ACK, K256)) {
            CapturedRun run = CapturedRun.of("--no-register", "--port", port(receiver), "--accounts", "3",
                    "--rate", "60", "--duration", "1s", "--aes-key", K256_TEXT, "--acked-file", acked.toString());

            assertThat(run.exitStatus()).as(run.toString()).isZero();
            assertThat(run.result("acked")).isEqualTo(run.result("sent")).isPositive();
            assertThat(run.result("nakked")).isZero();
            assertThat(receiver.problems).isEmpty();
            assertThat(receiver.received).allSatisfy(m -> assertThat(m.frame().encrypted()).isTrue());
            assertThat(receiver.received).extracting(m -> m.frame().account()).containsOnly("E00001", "E00002", "E00003");
            assertAckedFileMatches(acked, run.result("acked"), receiver);
        }
    }

    @Test
    void aesOverUdpToo() throws Exception {
        try (FakeReceiver receiver = FakeReceiver.udp(FakeReceiver.Mode.ACK, K256)) {
            CapturedRun run = CapturedRun.of("--no-register", "--udp", "--port", port(receiver), "--accounts", "3",
                    "--rate", "60", "--duration", "500ms", "--aes-key", K256_TEXT);

            assertThat(run.exitStatus()).as(run.toString()).isZero();
            assertThat(run.result("acked")).isEqualTo(run.result("sent")).isPositive();
        }
    }

    @Test
    void aNakedFrameIsSentAgainWithTheSameSequence() throws Exception {
        try (FakeReceiver receiver = FakeReceiver.tcp(FakeReceiver.Mode.NAK_FIRST, null)) {
            CapturedRun run = CapturedRun.of("--no-register", "--port", port(receiver), "--accounts", "4",
                    "--rate", "80", "--duration", "1s");

            assertThat(run.exitStatus()).as(run.toString()).isZero();
            assertThat(run.result("nakked")).isEqualTo(4);
            assertThat(run.result("acked")).isEqualTo(run.result("sent")).isPositive();
            assertThat(run.result("unanswered")).isZero();
            // each panel's first message came twice: NAKed, then ACKed
            assertThat(receiver.received.stream().filter(m -> m.frame().sequence().equals("0001"))).hasSize(8);
        }
    }

    @Test
    void panelsTakeTheReceiversClockFromTheNakAndGetInsideItsTimeWindow() throws Exception {
        // the receiver's clock is 3 minutes ahead: true-time *SIA-DCS frames fall outside its -40/+20 s window
        try (FakeReceiver receiver = FakeReceiver.tcpWithClockSkew(K256, Duration.ofMinutes(3))) {
            CapturedRun run = CapturedRun.of("--no-register", "--port", port(receiver), "--accounts", "3",
                    "--rate", "30", "--duration", "1s", "--aes-key", K256_TEXT);

            assertThat(run.exitStatus()).as(run.toString()).isZero();
            assertThat(run.result("nakked")).isEqualTo(3);
            assertThat(run.result("acked")).isEqualTo(run.result("sent")).isPositive();
            assertThat(receiver.received).allSatisfy(m -> assertThat(m.timestamp())
                    .isCloseTo(java.time.Instant.now().plus(Duration.ofMinutes(3)), within(Duration.ofSeconds(10))));
        }
    }

    @Test
    void unansweredFramesAreRetransmittedThreeTimesThenGivenUp() throws Exception {
        Path acked = dir.resolve("acked-none.csv");
        try (FakeReceiver receiver = FakeReceiver.udp(FakeReceiver.Mode.SILENT, null)) {
            CapturedRun run = CapturedRun.of("--no-register", "--udp", "--port", port(receiver), "--accounts", "2",
                    "--rate", "0", "--duration", "1s", "--timeout", "100ms", "--acked-file", acked.toString());

            assertThat(run.exitStatus()).as(run.toString()).isZero();
            assertThat(run.result("acked")).isZero();
            // 4 x 100 ms per message: each panel gives up about twice a second (once if the machine is very busy)
            assertThat(run.result("unanswered")).isBetween(2L, 2L * 3);
            assertThat(run.out()).contains("retransmitted");
            Map<String, Long> copies = receiver.received.stream()
                    .collect(Collectors.groupingBy(m -> m.frame().account() + "," + m.frame().sequence(),
                            Collectors.counting()));
            assertThat(copies).containsEntry("F00001,0001", 4L).containsEntry("F00002,0001", 4L);
            assertThat(Files.readAllLines(acked)).isEmpty();
        }
    }

    @Test
    void rateZeroSendsAsFastAsTheReceiverAcks() throws Exception {
        try (FakeReceiver receiver = FakeReceiver.tcp(FakeReceiver.Mode.ACK, null)) {
            CapturedRun run = CapturedRun.of("--no-register", "--port", port(receiver), "--accounts", "20",
                    "--rate", "0", "--duration", "2s");

            assertThat(run.exitStatus()).as(run.toString()).isZero();
            assertThat(run.result("acked")).isEqualTo(run.result("sent")).isGreaterThan(1000);
            System.out.println("fake-receiver throughput, 20 TCP panels, rate 0: " + run.line("RESULT"));
        }
    }

    @Test
    void severalEventLoopsShareThePanels() throws Exception {
        try (FakeReceiver receiver = FakeReceiver.tcp(FakeReceiver.Mode.ACK, null)) {
            CapturedRun run = CapturedRun.of("--no-register", "--port", port(receiver), "--accounts", "6",
                    "--rate", "120", "--duration", "1s", "--threads", "2");

            assertThat(run.exitStatus()).as(run.toString()).isZero();
            assertThat(receiver.connections.get()).isEqualTo(6);
            assertThat(run.result("acked")).isEqualTo(run.result("sent")).isBetween(80L, 125L);
            assertThat(Double.parseDouble(run.line("RESULT").get("p50_ms"))).isPositive();
            assertSequencesCountUpPerAccount(receiver);
        }
    }

    @Test
    void aReceiverThatIsDownShowsUpAsFailedConnects() {
        CapturedRun run = CapturedRun.of("--no-register", "--port", "9", "--accounts", "2", "--duration", "1500ms");

        assertThat(run.exitStatus()).isZero();
        assertThat(run.result("sent")).isZero();
        assertThat(run.err()).contains("connect_failures=");
        assertThat(run.out()).contains("failed connects");
    }

    @Test
    void panelsReconnectAndResendWhatTheLostConnectionSwallowed() throws Exception {
        try (FakeReceiver receiver = FakeReceiver.tcp(FakeReceiver.Mode.DROP_EVERY_10TH, null)) {
            CapturedRun run = CapturedRun.of("--no-register", "--port", port(receiver), "--accounts", "3",
                    "--rate", "150", "--duration", "1s");

            assertThat(run.exitStatus()).as(run.toString()).isZero();
            assertThat(receiver.connections.get()).isGreaterThan(3);
            assertThat(run.result("unanswered")).isZero();
            assertThat(run.result("acked")).isPositive();
            assertThat(run.result("sent") - run.result("acked")).isLessThanOrEqualTo(3);
            assertThat(run.out()).contains("conn. lost");
            assertSequencesCountUpPerAccount(receiver);
        }
    }

    @Test
    void theAckedFileHoldsOnlyWhatTheReceiverAckedWhenTheReceiverDiesAndComesBack() throws Exception {
        Path acked = dir.resolve("acked-crash.csv");
        FakeReceiver first = FakeReceiver.tcp(FakeReceiver.Mode.ACK, null);
        int port = first.port();
        Set<String> ackedByReceivers = new HashSet<>();
        CompletableFuture<CapturedRun> sim = CompletableFuture.supplyAsync(() -> CapturedRun.of("--no-register",
                "--port", String.valueOf(port), "--accounts", "5", "--rate", "250", "--duration", "3s",
                "--acked-file", acked.toString()));
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> first.acks.get() >= 100);
            // the file is flushed every second, so it shows ACKs while the run is still going
            await().atMost(Duration.ofSeconds(3)).until(() -> Files.exists(acked) && Files.size(acked) > 0);
        } finally {
            first.close();
        }
        ackedByReceivers.addAll(first.ackedSignals);
        // like a restarted server, bind again as soon as the kernel lets go of the port
        AtomicReference<FakeReceiver> restarted = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20)).ignoreExceptions()
                .until(() -> restarted.compareAndSet(null, FakeReceiver.tcpOnPort(FakeReceiver.Mode.ACK, port)));
        try (FakeReceiver second = restarted.get()) {
            await().atMost(Duration.ofSeconds(5)).until(() -> second.acks.get() >= 20);
            CapturedRun run = sim.get();
            ackedByReceivers.addAll(second.ackedSignals);

            assertThat(run.exitStatus()).as(run.toString()).isZero();
            List<String> lines = Files.readAllLines(acked);
            assertThat(lines).hasSize((int) run.result("acked"));
            assertThat(ackedByReceivers).containsAll(lines);
            assertThat(run.out()).contains("conn. lost");
        }
    }

    private static String port(FakeReceiver receiver) {
        return String.valueOf(receiver.port());
    }

    private static void assertAckedFileMatches(Path acked, long ackedCount, FakeReceiver receiver) throws Exception {
        List<String> lines = Files.readAllLines(acked);
        assertThat(lines).hasSize((int) ackedCount);
        assertThat(lines).allMatch(l -> l.matches("[0-9A-F]{6},[0-9]{4}"));
        assertThat(new HashSet<>(lines)).hasSize(lines.size());
        assertThat(receiver.ackedSignals).containsAll(lines);
    }

    /** Every account's messages use 0001, 0002, ... in order, retransmissions repeating a number, none skipped. */
    private static void assertSequencesCountUpPerAccount(FakeReceiver receiver) {
        Map<String, List<Integer>> byAccount = new TreeMap<>();
        for (Dc09Message m : receiver.received) {
            byAccount.computeIfAbsent(m.frame().account(), a -> new java.util.ArrayList<>())
                    .add(Integer.parseInt(m.frame().sequence()));
        }
        byAccount.forEach((account, sequences) -> {
            List<Integer> distinct = sequences.stream().distinct().sorted().toList();
            assertThat(distinct.get(0)).as(account).isEqualTo(1);
            assertThat(distinct.get(distinct.size() - 1)).as(account).isEqualTo(distinct.size());
        });
    }

    private static org.assertj.core.data.TemporalUnitOffset within(Duration d) {
        return org.assertj.core.api.Assertions.within(d.toMillis(), java.time.temporal.ChronoUnit.MILLIS);
    }
}
