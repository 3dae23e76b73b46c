package org.vaka.sim.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void oneSecondDoublingToThirtyThenBackToOneAfterASession() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 0);

        assertThat(IntStream.range(0, 8).mapToObj(i -> backoff.next().toSeconds()))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);
        backoff.reset();
        assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void jitterOnlyEverLengthensAPauseAndByLessThanItsShare() {
        Backoff backoff = Backoff.standard();

        for (int i = 0; i < 100; i++) {
            backoff.reset();
            assertThat(backoff.next()).isBetween(Duration.ofMillis(1000), Duration.ofMillis(1200));
        }
    }
}
