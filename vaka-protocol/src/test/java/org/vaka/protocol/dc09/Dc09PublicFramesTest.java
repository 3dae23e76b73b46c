package org.vaka.protocol.dc09;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vaka.protocol.dc09.Wire.wire;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** DC09.md §4.2 and §1.7: frames captured from real senders and receivers, all with valid CRC and length. */
class Dc09PublicFramesTest {

    private static final String HIKVISION_NULL =
            "76D80055\"*NULL\"0000R0L0#AAAB[B4BC8B40D0E6D959D6BEA78E88CC0B2155741A3C44FBB96D476A3E557CAD64D9";
    private static final Instant HIKVISION_TIME = Instant.parse("2020-07-05T18:24:52Z");

    private static Dc09Message plain(String shown) throws Dc09Exception {
        return Dc09MessageDecoder.open(Dc09MessageDecoder.readFrame(wire(shown)), null, null, null, false);
    }

    @Test
    void fioletovenWorkedExample_receiverF3LineAnd77TextBlock() throws Exception {
        Dc09Message m = plain("F4D20029\"SIA-DCS\"0001RF3L77#1234[#1234|NRR|Atest]");
        assertThat(m.frame().receiver()).isEqualTo("F3");
        assertThat(m.frame().line()).isEqualTo("77");
        assertThat(m.frame().header()).isEqualTo("0001RF3L77#1234");
        assertThat(m.data()).isEqualTo("#1234|NRR|Atest");
        assertThat(m.timestamp()).isNull();
    }

    @Test
    void fioletovenWorkedExample_encodesByteExact() {
        Dc09Outgoing out = new Dc09Outgoing("SIA-DCS", 1, "F3", "77", "1234", "#1234|NRR|Atest", null, null);
        assertThat(Dc09Encoder.encode(out, null, new Random(1))).isEqualTo(wire("F4D20029\"SIA-DCS\"0001RF3L77#1234[#1234|NRR|Atest]"));
    }

    @Test
    void emptySiaDataBlock() throws Exception {
        Dc09Message m = plain("96ED0016\"SIA-DCS\"0001L0#1234[]");
        assertThat(m.data()).isEmpty();
        assertThat(m.frame().receiver()).isNull();
    }

    @Test
    void fioletovenNak() throws Exception {
        Dc09Message m = plain("E4410025\"NAK\"0000R0L0A0[]_16:20:01,09-24-2025");
        assertThat(m.timestamp()).isEqualTo(Instant.parse("2025-09-24T16:20:01Z"));
        assertThat(Dc09Encoder.nak(m.timestamp(), CrcFormat.HEX)).isEqualTo(wire("E4410025\"NAK\"0000R0L0A0[]_16:20:01,09-24-2025"));
    }

    @Test
    void ioBrokerNak() throws Exception {
        Dc09Message m = plain("AC4E0025\"NAK\"0000R0L0A0[]_11:52:07,05-07-2019");
        assertThat(m.timestamp()).isEqualTo(Instant.parse("2019-05-07T11:52:07Z"));
    }

    @Test
    void noLineFieldAndTimeWithSeconds() throws Exception {
        Dc09Message m = plain("3BAC0029\"SIA-DCS\"0002#0123[#0123|Nti20:50:26RP99]");
        assertThat(m.frame().line()).isNull();
        assertThat(m.frame().receiver()).isNull();
        assertThat(m.frame().account()).isEqualTo("0123");
        assertThat(m.frame().header()).isEqualTo("0002#0123");
        assertThat(m.data()).isEqualTo("#0123|Nti20:50:26RP99");
    }

    @Test
    void hikvisionEncryptedNull_keyEnteredAsText() throws Exception {
        AesKey key = AesKey.parse("AAAAAAAAAAAAAAAA", KeyFormat.TEXT);
        Dc09Message m = Dc09MessageDecoder.open(Dc09MessageDecoder.readFrame(wire(HIKVISION_NULL)), key, HIKVISION_TIME,
                TimeWindow.STANDARD, false);
        assertThat(m.isLinkTest()).isTrue();
        assertThat(m.frame().account()).isEqualTo("AAAB");
        assertThat(m.data()).isEmpty();
        assertThat(m.timestamp()).isEqualTo(HIKVISION_TIME);
    }

    @Test
    void hikvisionEncryptedNull_sameKeyEnteredAsHex() throws Exception {
        AesKey key = AesKey.parse("41414141414141414141414141414141", KeyFormat.HEX);
        Dc09Message m = Dc09MessageDecoder.open(Dc09MessageDecoder.readFrame(wire(HIKVISION_NULL)), key, HIKVISION_TIME,
                TimeWindow.STANDARD, false);
        assertThat(m.isLinkTest()).isTrue();
        assertThat(m.timestamp()).isEqualTo(HIKVISION_TIME);
    }

    @Test
    void hikvisionEncryptedNull_plaintextHasNoBarAfterThePad() throws Exception {
        String body = Dc09MessageDecoder.readFrame(wire(HIKVISION_NULL)).body();
        byte[] plain = AesCbc.decrypt(AesKey.parse("AAAAAAAAAAAAAAAA", KeyFormat.TEXT), Hex.decode(body, 1, body.length()));
        assertThat(Wire.text(plain)).isEqualTo("ppppppppppp]_18:24:52,07-05-2020");
    }

    @Test
    void hikvisionNullWithContactIdLookingData() throws Exception {
        Dc09Message m = plain("821F003A\"NULL\"0000R0L0#AAAB[#0000|0000 00 000]_18:25:49,07-05-2020");
        assertThat(m.isLinkTest()).isTrue();
        assertThat(m.data()).isEqualTo("#0000|0000 00 000");
        assertThat(m.timestamp()).isEqualTo(Instant.parse("2020-07-05T18:25:49Z"));
    }

    @Test
    void periodicTestWithTextAndNoSlash() throws Exception {
        Dc09Message m = plain("24810050\"SIA-DCS\"1660L0#000110[#000110|Nri0RP2^SL 1807110200065423^]_18:00:01,01-19-2022");
        assertThat(m.frame().sequence()).isEqualTo("1660");
        assertThat(m.frame().account()).isEqualTo("000110");
        assertThat(m.data()).isEqualTo("#000110|Nri0RP2^SL 1807110200065423^");
        assertThat(m.timestamp()).isEqualTo(Instant.parse("2022-01-19T18:00:01Z"));
    }

    @Test
    void pyronixNullWithoutReceiver_ackEchoesWithoutReceiver() throws Exception {
        Dc09Frame nul = Dc09MessageDecoder.readFrame(wire("EA740027\"NULL\"0000L0#1409[]_20:38:07,08-27-2026"));
        assertThat(nul.receiver()).isNull();
        assertThat(Dc09Encoder.ack(nul, null, Instant.EPOCH, new Random(1))).isEqualTo(wire("59890012\"ACK\"0000L0#1409[]"));
    }
}
