package org.vaka.server.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Payment references against published examples, and round trips over random bases. */
class ReferenceTest {

    @Test
    void luhnPublishedExample() {
        // the classic example of the Luhn algorithm's description
        assertThat(OcrReference.luhnDigit("7992739871")).isEqualTo(3);
        assertThat(OcrReference.valid("79927398713")).isTrue();
        assertThat(OcrReference.valid("79927398710")).isFalse();
        assertThat(OcrReference.withCheckDigit("123456789")).isEqualTo("1234567897");
    }

    @Test
    void lengthDigitCountsTheWholeReference() {
        assertThat(OcrReference.withLengthAndCheckDigit("12345")).isEqualTo("1234574");
        assertThat(OcrReference.validWithLength("1234574")).isTrue();
        assertThat(OcrReference.validWithLength("123474")).isFalse();
        String longOne = OcrReference.withLengthAndCheckDigit("1000000017");
        assertThat(longOne).hasSize(12).startsWith("10000000172");
        assertThat(OcrReference.validWithLength(longOne)).isTrue();
    }

    @Test
    void finnishPublishedExamples() {
        assertThat(FinnishReference.of("123")).isEqualTo("1232");
        assertThat(FinnishReference.of("1234567")).isEqualTo("12345672");
        assertThat(FinnishReference.valid("12345 672")).isTrue();
        assertThat(FinnishReference.valid("12345673")).isFalse();
    }

    @Test
    void creditorReferencePublishedExample() {
        assertThat(CreditorReference.valid("RF18 5390 0754 7034")).isTrue();
        assertThat(CreditorReference.valid("RF18000000000539007547034")).isTrue();
        assertThat(CreditorReference.of("539007547034")).isEqualTo("RF18539007547034");
        assertThat(CreditorReference.valid("RF19 5390 0754 7034")).isFalse();
        assertThat(CreditorReference.printed("RF18539007547034")).isEqualTo("RF18 5390 0754 7034");
        // a Finnish reference carried in RF form
        assertThat(CreditorReference.valid(CreditorReference.of(FinnishReference.of("1234567")))).isTrue();
    }

    @Test
    void theFirstInvoiceNumbersReferences() {
        assertThat(OcrReference.withLengthAndCheckDigit("100001")).isEqualTo("10000180");
        assertThat(FinnishReference.of("100001")).isEqualTo("1000012");
        assertThat(CreditorReference.of("1000012")).isEqualTo("RF181000012");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12a", "RF", "RF1", "RFAB123"})
    void nonsenseIsInvalid(String reference) {
        assertThat(OcrReference.valid(reference)).isFalse();
        assertThat(FinnishReference.valid(reference)).isFalse();
        assertThat(CreditorReference.valid(reference)).isFalse();
    }

    @RepeatedTest(200)
    void generatedReferencesValidateAndCatchEverySingleDigitError() {
        SplittableRandom random = new SplittableRandom();
        String base = Long.toString(random.nextLong(100, 1_000_000_000_000L));
        for (String reference : new String[] {OcrReference.withLengthAndCheckDigit(base), FinnishReference.of(base),
                CreditorReference.of(base)}) {
            assertThat(OcrReference.validWithLength(reference) || FinnishReference.valid(reference)
                    || CreditorReference.valid(reference)).isTrue();
        }
        assertThat(OcrReference.validWithLength(OcrReference.withLengthAndCheckDigit(base))).isTrue();
        assertThat(FinnishReference.valid(FinnishReference.of(base))).isTrue();
        assertThat(CreditorReference.valid(CreditorReference.of(base))).isTrue();
        String ocr = OcrReference.withLengthAndCheckDigit(base);
        String finnish = FinnishReference.of(base);
        int at = random.nextInt(base.length());
        char wrong = (char) ('0' + (base.charAt(at) - '0' + 1 + random.nextInt(9)) % 10);
        assertThat(OcrReference.valid(ocr.substring(0, at) + wrong + ocr.substring(at + 1))).isFalse();
        // 7-3-1 weights are all prime to ten, so every single wrong digit is caught too
        assertThat(FinnishReference.valid(finnish.substring(0, at) + wrong + finnish.substring(at + 1))).isFalse();
    }
}
