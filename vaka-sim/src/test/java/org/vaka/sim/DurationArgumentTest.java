package org.vaka.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DurationArgumentTest {

    @Test
    void readsTheUsualUnits() throws UsageException {
        assertThat(DurationArgument.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(DurationArgument.parse("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(DurationArgument.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(DurationArgument.parse("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(DurationArgument.parse("1.5s")).isEqualTo(Duration.ofMillis(1500));
        assertThat(DurationArgument.parse(" 10S ")).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void plainNumberMeansSeconds() throws UsageException {
        assertThat(DurationArgument.parse("45")).isEqualTo(Duration.ofSeconds(45));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "s", "abc", "-5s", "0", "0ms", "5x", "1e3", "NaN", "Infinitys", "3 s s"})
    void refusesWhatIsNotADuration(String text) {
        assertThatThrownBy(() -> DurationArgument.parse(text))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("'" + text + "'");
    }
}
