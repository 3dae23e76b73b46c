package org.vaka.protocol.dc09;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vaka.protocol.dc09.Wire.K128;
import static org.vaka.protocol.dc09.Wire.K192;
import static org.vaka.protocol.dc09.Wire.K256;
import static org.vaka.protocol.dc09.Wire.NOW;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** encode → readFrame → open gives back what went in, for every key size and with random pads. */
class Dc09RoundTripTest {

    static Stream<Arguments> keys() {
        return Stream.of(
                Arguments.of("plain", null),
                Arguments.of("AES-128", K128),
                Arguments.of("AES-192", K192),
                Arguments.of("AES-256", K256),
                Arguments.of("AES-256 text key", AesKey.parse("abcdefghijklmnopqrstuvwxyz012345", KeyFormat.TEXT)));
    }

    private static Dc09Outgoing randomMessage(Random random) {
        String account = Long.toHexString(random.nextLong() & 0xFFFFFFFFFFL).toUpperCase();
        account = "000".substring(Math.min(3, account.length())) + account;
        String data = switch (random.nextInt(4)) {
            case 0 -> "#" + account + "|Nri" + random.nextInt(9) + "/BA" + random.nextInt(1000);
            case 1 -> "#" + account + "|1" + (100 + random.nextInt(600)) + " 0" + random.nextInt(10) + " 0" + random.nextInt(100);
            case 2 -> "";
            default -> "#" + account + "|Nri1/RP0000^ text with | bar and [bracket ^";
        };
        List<String> extended = random.nextBoolean() ? List.of() : List.of("X006E07.7777777", "M0026B9E4268B");
        String receiver = random.nextBoolean() ? null : Integer.toHexString(random.nextInt(0xFFFFFF) + 1).toUpperCase();
        String line = switch (random.nextInt(3)) {
            case 0 -> null;
            case 1 -> "";
            default -> Integer.toHexString(random.nextInt(0xFFFF)).toUpperCase();
        };
        String token = data.isEmpty() ? "NULL" : data.contains("|1") ? "ADM-CID" : "SIA-DCS";
        return new Dc09Outgoing(token, random.nextInt(10000), receiver, line, account, data, extended,
                NOW.minusSeconds(random.nextInt(40)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keys")
    void roundTrip(String name, AesKey key) throws Exception {
        Random random = new Random(name.hashCode());
        for (int i = 0; i < 300; i++) {
            Dc09Outgoing sent = randomMessage(random);
            CrcFormat crc = random.nextInt(5) == 0 ? CrcFormat.BINARY : CrcFormat.HEX;
            byte[] frame = Dc09Encoder.encode(sent, key, random, crc);
            Dc09Message got = Dc09MessageDecoder.open(Dc09MessageDecoder.readFrame(frame), key, NOW, TimeWindow.STANDARD, true);
            assertThat(got.frame().crcFormat()).isEqualTo(crc);
            assertThat(got.frame().token()).isEqualTo(sent.token());
            assertThat(got.frame().encrypted()).isEqualTo(key != null);
            assertThat(got.frame().sequence()).isEqualTo(String.format("%04d", sent.sequence()));
            assertThat(got.frame().receiver()).isEqualTo(sent.receiver());
            assertThat(got.frame().line()).isEqualTo(sent.line());
            assertThat(got.frame().account()).isEqualTo(sent.account());
            assertThat(got.data()).isEqualTo(sent.data());
            assertThat(got.extended()).isEqualTo(sent.extended());
            assertThat(got.timestamp()).isEqualTo(sent.timestamp());

            byte[] ack = Dc09Encoder.ack(got.frame(), key, NOW, random);
            Dc09Message ackBack = Dc09MessageDecoder.open(Dc09MessageDecoder.readFrame(ack), key, NOW, TimeWindow.STANDARD, false);
            assertThat(ackBack.frame().token()).isEqualTo("ACK");
            assertThat(ackBack.frame().header()).isEqualTo(got.frame().header());
            assertThat(ackBack.frame().crcFormat()).isEqualTo(crc);
        }
    }

    @Test
    void samePlaintextEncryptsDifferentlyWithRandomPads() {
        Dc09Outgoing m = new Dc09Outgoing("SIA-DCS", 1, "1", "1", "1234", "#1234|Nri1/BA01", null, NOW);
        Random random = new Random(1);
        assertThat(Dc09Encoder.encode(m, K128, random)).isNotEqualTo(Dc09Encoder.encode(m, K128, random));
    }

    @Test
    void perThreadCiphersStayCorrectWhenKeysAlternateAcrossThreads() throws Exception {
        List<AesKey> keys = List.of(K128, K192, K256);
        List<byte[]> frames = new ArrayList<>();
        Random random = new Random(3);
        for (int i = 0; i < 300; i++) {
            AesKey key = keys.get(i % 3);
            frames.add(Dc09Encoder.encode(new Dc09Outgoing("SIA-DCS", i, "1", "1", "1234", "#1234|Nri1/BA" + i, null, NOW), key, random));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    int ok = 0;
                    for (int i = 0; i < frames.size(); i++) {
                        int n = (i + offset * 7) % frames.size();
                        Dc09Message m = Dc09MessageDecoder.open(Dc09MessageDecoder.readFrame(frames.get(n)), keys.get(n % 3), NOW,
                                TimeWindow.STANDARD, false);
                        ok += m.data().equals("#1234|Nri1/BA" + n) ? 1 : 0;
                    }
                    return ok;
                }));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get()).isEqualTo(frames.size());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
