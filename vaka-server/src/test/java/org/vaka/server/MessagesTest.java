package org.vaka.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Every text a person reads exists in English and in Swedish. */
class MessagesTest {

    @Test
    void everyKeyExistsInEveryLanguage() throws Exception {
        Properties english = load("/messages.properties");
        Properties swedish = load("/messages_sv.properties");
        assertThat(swedish.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        swedish.forEach((key, value) -> assertThat((String) value).as((String) key).isNotBlank());
    }

    /** Finnish covers the welcome; whatever it names must be a real key, so a typo cannot hide behind the fallback. */
    @Test
    void finnishOnlyTranslatesKeysThatExist() throws Exception {
        Properties english = load("/messages.properties");
        Properties finnish = load("/messages_fi.properties");
        assertThat(english.stringPropertyNames()).containsAll(finnish.stringPropertyNames());
        assertThat(finnish.stringPropertyNames()).filteredOn(key -> key.startsWith("welcome."))
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames().stream()
                        .filter(key -> key.startsWith("welcome.")).toList());
        finnish.forEach((key, value) -> assertThat((String) value).as((String) key).isNotBlank());
    }

    private static Properties load(String resource) throws Exception {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(in);
        }
        return p;
    }
}
