package org.vaka.protocol.dc09;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AesKeyTest {

    private static final String HEX_128 = "000102030405060708090A0B0C0D0E0F";

    @Test
    void hex128() {
        AesKey key = AesKey.parse(HEX_128, KeyFormat.HEX);
        assertThat(key.bits()).isEqualTo(128);
        assertThat(key.format()).isEqualTo(KeyFormat.HEX);
    }

    @Test
    void hex192() {
        assertThat(AesKey.parse("000102030405060708090A0B0C0D0E0F1011121314151617", KeyFormat.HEX).bits()).isEqualTo(192);
    }

    @Test
    void hex256() {
        assertThat(AesKey.parse(HEX_128 + HEX_128, KeyFormat.HEX).bits()).isEqualTo(256);
    }

    @Test
    void hexInLowerCaseIsTheSameKey() {
        assertThat(AesKey.parse(HEX_128.toLowerCase(), KeyFormat.HEX)).isEqualTo(AesKey.parse(HEX_128, KeyFormat.HEX));
    }

    @Test
    void hexSurroundedByWhitespaceIsAccepted() {
        assertThat(AesKey.parse(" " + HEX_128 + "\n", KeyFormat.HEX).bits()).isEqualTo(128);
    }

    @Test
    void text128() {
        AesKey key = AesKey.parse("AAAAAAAAAAAAAAAA", KeyFormat.TEXT);
        assertThat(key.bits()).isEqualTo(128);
        assertThat(key.format()).isEqualTo(KeyFormat.TEXT);
    }

    @Test
    void text192() {
        assertThat(AesKey.parse("abcdefghijklmnopqrstuvwx", KeyFormat.TEXT).bits()).isEqualTo(192);
    }

    @Test
    void text256() {
        assertThat(AesKey.parse("abcdefghijklmnopqrstuvwxyz 12345", KeyFormat.TEXT).bits()).isEqualTo(256);
    }

    @Test
    void textAndHexOfTheSameBytesAreTheSameCipherKey() {
        AesKey text = AesKey.parse("AAAAAAAAAAAAAAAA", KeyFormat.TEXT);
        AesKey hex = AesKey.parse("41414141414141414141414141414141", KeyFormat.HEX);
        assertThat(text.sameBytes(hex)).isTrue();
        assertThat(text).as("the notation is part of the configuration").isNotEqualTo(hex);
    }

    @Test
    void wrongHexLengthSaysHowMany() {
        assertThatThrownBy(() -> AesKey.parse("0011", KeyFormat.HEX))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A hex AES key needs 32, 48 or 64 hex digits (128/192/256 bit) but has 4");
    }

    @Test
    void sixteenCharactersAsHexSuggestsTextNotation() {
        assertThatThrownBy(() -> AesKey.parse("AAAAAAAAAAAAAAAA", KeyFormat.HEX)).hasMessageEndingWith("was it meant as a text key?");
    }

    @Test
    void thirtyTwoCharactersAsTextSuggestHexNotation() {
        assertThatThrownBy(() -> AesKey.parse(HEX_128 + HEX_128, KeyFormat.TEXT)).hasMessageEndingWith("was it meant as a hex key?");
    }

    @Test
    void nonHexDigitSaysWhereButNotWhat() {
        String bad = "000102030405060708090A0B0C0D0EZF";
        assertThatThrownBy(() -> AesKey.parse(bad, KeyFormat.HEX))
                .hasMessage("A hex AES key may hold only 0-9 and A-F, but position 31 holds something else");
    }

    @Test
    void wrongTextLength() {
        assertThatThrownBy(() -> AesKey.parse("short", KeyFormat.TEXT))
                .hasMessage("A text AES key needs 16, 24 or 32 characters (128/192/256 bit) but has 5");
    }

    @Test
    void nonAsciiText() {
        assertThatThrownBy(() -> AesKey.parse("AAAAAAAAAAAAAAA\u00e9", KeyFormat.TEXT)).hasMessageContaining("position 16");
    }

    @Test
    void nullKey() {
        assertThatThrownBy(() -> AesKey.parse(null, KeyFormat.TEXT)).hasMessage("No AES key given");
    }

    @Test
    void toStringNeverShowsTheKey() {
        AesKey key = AesKey.parse("SecretSecret1234", KeyFormat.TEXT);
        assertThat(key.toString()).isEqualTo("AesKey[128 bit, TEXT]").doesNotContain("Secret");
        assertThat(AesKey.parse(HEX_128, KeyFormat.HEX).toString()).doesNotContain("0A0B");
    }

    @Test
    void equalKeysHashAlike() {
        assertThat(AesKey.parse(HEX_128, KeyFormat.HEX).hashCode()).isEqualTo(AesKey.parse(HEX_128, KeyFormat.HEX).hashCode());
    }
}
