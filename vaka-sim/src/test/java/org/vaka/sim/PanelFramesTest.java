package org.vaka.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vaka.protocol.dc09.AesKey;
import org.vaka.protocol.dc09.Dc09Encoder;
import org.vaka.protocol.dc09.Dc09Frame;
import org.vaka.protocol.dc09.Dc09Message;
import org.vaka.protocol.dc09.Dc09MessageDecoder;
import org.vaka.protocol.dc09.Dc09Outgoing;
import org.vaka.protocol.dc09.KeyFormat;
import org.vaka.protocol.dc09.TimeWindow;

class PanelFramesTest {

    private static final AesKey K256 =
            AesKey.parse("000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F", KeyFormat.HEX);
    private static final Instant NOON = Instant.parse("2025-01-15T12:00:00Z");

    @Test
    void restampedTemplateIsByteForByteWhatTheEncoderMakes() {
        PanelFrames frames = new PanelFrames("F00001", 0, null);
        UtcTimestampText clock = new UtcTimestampText();

        for (int n = 0; n < 25; n++) {
            int sequence = n * 397 % 9999 + 1;
            long second = NOON.getEpochSecond() + n * 86_461L;
            byte[] stamped = frames.frame(n, sequence, second, clock, null).clone();
            byte[] expected = Dc09Encoder.encode(new Dc09Outgoing("SIA-DCS", sequence, "0", "0", "F00001",
                    EverydayEvents.data("F00001", n), List.of(), Instant.ofEpochSecond(second)), null, new SplittableRandom(0));

            assertThat(new String(stamped, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .isEqualTo(new String(expected, java.nio.charset.StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void plainFrameReadsBackAsAPeriodicTestOfThePanel() throws Exception {
        byte[] frame = new PanelFrames("F0000A", 0, null).frame(0, 42, NOON.getEpochSecond(), new UtcTimestampText(), null);

        Dc09Frame read = Dc09MessageDecoder.readFrame(frame);
        Dc09Message message = Dc09MessageDecoder.open(read, null, NOON, TimeWindow.STANDARD, true);

        assertThat(read.token()).isEqualTo("SIA-DCS");
        assertThat(read.encrypted()).isFalse();
        assertThat(read.sequence()).isEqualTo("0042");
        assertThat(read.receiver()).isEqualTo("0");
        assertThat(read.line()).isEqualTo("0");
        assertThat(read.account()).isEqualTo("F0000A");
        assertThat(message.data()).isEqualTo("#F0000A|Nri1/RP0000");
        assertThat(message.extended()).isEmpty();
        assertThat(message.timestamp()).isEqualTo(NOON);
    }

    @Test
    void panelsRotateThroughEverydayEventsFromTheirOwnStartingPoint() throws Exception {
        PanelFrames second = new PanelFrames("F00002", 1, null);
        UtcTimestampText clock = new UtcTimestampText();

        assertThat(dataOf(second.frame(0, 1, NOON.getEpochSecond(), clock, null))).isEqualTo("#F00002|Nri1/CL0002");
        assertThat(dataOf(second.frame(1, 2, NOON.getEpochSecond(), clock, null))).isEqualTo("#F00002|Nri1/OP0002");
        assertThat(dataOf(second.frame(10, 11, NOON.getEpochSecond(), clock, null))).isEqualTo("#F00002|Nri1/CL0002");
    }

    @Test
    void encryptedFramesOpenWithTheKeyAndDifferEveryTime() throws Exception {
        PanelFrames frames = new PanelFrames("E00001", 0, K256);
        SplittableRandom pads = new SplittableRandom(3);

        byte[] one = frames.frame(0, 7, NOON.getEpochSecond(), new UtcTimestampText(), pads);
        byte[] two = frames.frame(0, 7, NOON.getEpochSecond(), new UtcTimestampText(), pads);

        Dc09Frame read = Dc09MessageDecoder.readFrame(one);
        Dc09Message message = Dc09MessageDecoder.open(read, K256, NOON, TimeWindow.STANDARD, false);
        assertThat(read.encrypted()).isTrue();
        assertThat(read.token()).isEqualTo("SIA-DCS");
        assertThat(read.sequence()).isEqualTo("0007");
        assertThat(message.data()).isEqualTo("#E00001|Nri1/RP0000");
        assertThat(message.timestamp()).isEqualTo(NOON);
        assertThat(one).isNotEqualTo(two);
    }

    private static String dataOf(byte[] frame) throws Exception {
        return Dc09MessageDecoder.open(Dc09MessageDecoder.readFrame(frame), null, NOON, null, false).data();
    }
}
