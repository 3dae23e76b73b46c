package org.vaka.server.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** TOTP and its base32 secrets against the RFCs' own vectors. */
class TotpTest {

    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    /** RFC 4226, appendix D: HOTP values for counters 0 to 9. */
    @ParameterizedTest
    @CsvSource({"0,755224", "1,287082", "2,359152", "3,969429", "4,338314", "5,254676", "6,287922", "7,162583",
            "8,399871", "9,520489"})
    void hotpMatchesRfc4226(long counter, String expected) {
        assertThat(Totp.code(RFC_SECRET, counter, 6)).isEqualTo(expected);
    }

    /** RFC 6238, appendix B, the SHA-1 rows: eight digits there, and their last six are what apps show. */
    @ParameterizedTest
    @CsvSource({"59,94287082", "1111111109,07081804", "1111111111,14050471", "1234567890,89005924",
            "2000000000,69279037", "20000000000,65353130"})
    void totpMatchesRfc6238(long epochSecond, String eightDigits) {
        Instant at = Instant.ofEpochSecond(epochSecond);
        assertThat(Totp.code(RFC_SECRET, Totp.step(at), 8)).isEqualTo(eightDigits);
        assertThat(Totp.codeAt(RFC_SECRET, at)).isEqualTo(eightDigits.substring(2));
    }

    @Test
    void aCodeIsGoodOneStepEitherSideOfNowAndNoFurther() {
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        long step = Totp.step(now);
        for (long drift = -1; drift <= 1; drift++) {
            String code = Totp.code(RFC_SECRET, step + drift, 6);
            assertThat(Totp.matchingStep(RFC_SECRET, code, now)).hasValue(step + drift);
        }
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 2, 6), now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 2, 6), now)).isEmpty();
    }

    /** RFC 4648, section 10, without the padding authenticator apps do without. */
    @ParameterizedTest
    @CsvSource({"f,MY", "fo,MZXQ", "foo,MZXW6", "foob,MZXW6YQ", "fooba,MZXW6YTB", "foobar,MZXW6YTBOI"})
    void base32MatchesRfc4648(String plain, String encoded) {
        assertThat(Base32.encode(plain.getBytes(StandardCharsets.US_ASCII))).isEqualTo(encoded);
        assertThat(new String(Base32.decode(encoded.toLowerCase()), StandardCharsets.US_ASCII)).isEqualTo(plain);
        assertThat(new String(Base32.decode(encoded + "===="), StandardCharsets.US_ASCII)).isEqualTo(plain);
    }

    @Test
    void base32RefusesWhatIsNotInItsAlphabet() {
        assertThatThrownBy(() -> Base32.decode("MZXW1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCodeIsSixDigitsOrARecoveryCode() {
        assertThat(TwoStepCode.parse("123 456")).hasValue(new TwoStepCode("123456"));
        assertThat(TwoStepCode.parse("ABCDE-FGHIJ").orElseThrow().isRecoveryCode()).isTrue();
        assertThat(TwoStepCode.parse("12345")).isEmpty();
        assertThat(TwoStepCode.parse("1234567")).isEmpty();
        assertThat(TwoStepCode.parse(null)).isEmpty();
        assertThat(TwoStepCode.parse("abcde-fghi1")).isEmpty();
        assertThat(new TwoStepCode("123456").toString()).doesNotContain("123456");
    }
}
