package org.vaka.protocol.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vaka.protocol.dc09.Dc09Encoder;
import org.vaka.protocol.dc09.Dc09Outgoing;

class DecodeCommandTest {

    private static final String P1 = "F4B5003B\"SIA-DCS\"0001R1L1#1234[#1234|Nri1/BA01]_12:00:00,01-15-2025";
    private static final String E1 = "0CBE0078\"*SIA-DCS\"0001R1L1#1234[E2D3F048A84ECAEE1118C9F2D29513EC7FC1249C2BEE18EF"
            + "2A8624ED2B9949ACA6A0DE5136172EB5694A1BB14F1C3CB1";
    private static final String K128 = "000102030405060708090A0B0C0D0E0F";
    private static final String NOW = "2025-01-15T12:00:00Z";

    private record Result(int exit, String out, String err) { }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = DecodeCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void plainFrameAsJson() {
        Result r = run(P1);
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("{\"valid\":true,\"crcFormat\":\"HEX\",\"token\":\"SIA-DCS\",\"encrypted\":false,"
                + "\"sequence\":\"0001\",\"receiver\":\"1\",\"line\":\"1\",\"account\":\"1234\",\"header\":\"0001R1L1#1234\","
                + "\"data\":\"#1234|Nri1/BA01\",\"extended\":[],\"timestamp\":\"2025-01-15T12:00:00Z\",\"linkTest\":false,"
                + "\"events\":[{\"format\":\"SIA_DCS\",\"code\":\"BA\",\"meaning\":\"Burglary alarm\",\"category\":\"BURGLARY\","
                + "\"restore\":false,\"known\":true,\"zone\":\"01\",\"user\":null,\"partition\":\"1\",\"text\":null,"
                + "\"raw\":\"Nri1/BA01\"}]}" + System.lineSeparator());
    }

    @Test
    void escapedLineFeedAndCarriageReturn() {
        assertThat(run("\\n" + P1 + "\\r").exit()).isZero();
    }

    @Test
    void realLineFeedAndCarriageReturn() {
        assertThat(run("\n" + P1 + "\r").exit()).isZero();
    }

    @Test
    void extendedDataAreListed() {
        Result r = run("0A990070\"SIA-DCS\"0003L0#1234[#1234|Nri1/BA01][X006E07.7777777][Y49N06.6666666]"
                + "[H12:00:00,01-15-2025]_12:00:00,01-15-2025");
        assertThat(r.out()).contains("\"receiver\":null,\"line\":\"0\"")
                .contains("\"extended\":[\"X006E07.7777777\",\"Y49N06.6666666\",\"H12:00:00,01-15-2025\"]");
    }

    @Test
    void encryptedFrameWithHexKey() {
        Result r = run("--key", K128, "--now", NOW, E1);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"encrypted\":true").contains("\"data\":\"#1234|Nri1/BA01\"");
    }

    @Test
    void hikvisionNullWithTextKey() {
        Result r = run("--key", "AAAAAAAAAAAAAAAA", "--key-format", "text", "--now", "2020-07-05T18:25:00Z",
                "76D80055\"*NULL\"0000R0L0#AAAB[B4BC8B40D0E6D959D6BEA78E88CC0B2155741A3C44FBB96D476A3E557CAD64D9");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"linkTest\":true").contains("\"events\":[]");
    }

    @Test
    void encryptedFrameOutsideTheWindowOfTheRealClock() {
        Result r = run("--key", K128, E1);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).startsWith("{\"valid\":false,\"rejection\":\"OUTSIDE_TIME_WINDOW\",\"reply\":\"NAK\"");
    }

    @Test
    void badCrcIsRejectedWithReason() {
        Result r = run(P1.replace("BA01", "BA02"));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("{\"valid\":false,\"rejection\":\"BAD_CRC\",\"reply\":\"NAK\","
                + "\"reason\":\"CRC is 0xE1C6 but the frame says 0xF4B5\"}" + System.lineSeparator());
    }

    @Test
    void missingKey() {
        Result r = run("--now", NOW, E1);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("\"rejection\":\"MISSING_KEY\"");
    }

    @Test
    void malformedRepliesDuh() {
        Result r = run("hello");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("\"rejection\":\"MALFORMED\",\"reply\":\"DUH\"");
    }

    @Test
    void keyIsNeverPrinted() {
        String secret = "SecretSecret1234";
        Result wrongKey = run("--key", secret, "--key-format", "text", "--now", NOW, E1);
        assertThat(wrongKey.exit()).isEqualTo(1);
        assertThat(wrongKey.out()).contains("UNDECRYPTABLE").doesNotContain(secret);
        Result badKey = run("--key", "Secret12345", "--key-format", "text", E1);
        assertThat(badKey.exit()).isEqualTo(2);
        assertThat(badKey.out() + badKey.err()).doesNotContain("Secret12345").contains("needs 16, 24 or 32 characters");
    }

    @Test
    void jsonStringsAreEscaped() {
        Dc09Outgoing odd = new Dc09Outgoing("SIA-DCS", 1, null, "0", "1234", "#1234|Nri1/BA01^a\"b\\c\u0001d\u00e9^", List.of(),
                Instant.parse(NOW));
        String frame = new String(Dc09Encoder.encode(odd, null, new Random(1)), StandardCharsets.ISO_8859_1);
        Result r = run(frame);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"text\":\"a\\\"b\\\\c\\u0001d\\u00e9\"");
    }

    @Test
    void noArgumentsPrintsUsage() {
        Result r = run();
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("no frame given").contains("Usage: decode");
    }

    @Test
    void unknownOption() {
        assertThat(run("--verbose", P1).err()).contains("unknown option --verbose");
    }

    @Test
    void optionWithoutValue() {
        assertThat(run(P1, "--key").exit()).isEqualTo(2);
    }

    @Test
    void badKeyFormat() {
        Result r = run("--key", K128, "--key-format", "base64", P1);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--key-format is hex or text");
    }

    @Test
    void keyFormatWithoutKey() {
        assertThat(run("--key-format", "text", P1).err()).contains("--key-format needs --key");
    }

    @Test
    void badNow() {
        Result r = run("--now", "yesterday", P1);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--now must be an ISO instant");
    }

    @Test
    void twoFrames() {
        assertThat(run(P1, P1).err()).contains("only one frame");
    }
}
