package org.vaka.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LatencyHistogramTest {

    @Test
    void emptyHistogramReportsZero() {
        LatencyHistogram h = new LatencyHistogram();

        assertThat(h.count()).isZero();
        assertThat(h.percentileMicros(50)).isZero();
        assertThat(h.maxMicros()).isZero();
    }

    @Test
    void smallValuesAreExact() {
        LatencyHistogram h = new LatencyHistogram();
        for (int v = 1; v <= 100; v++) {
            h.recordMicros(v);
        }

        assertThat(h.percentileMicros(50)).isEqualTo(50);
        assertThat(h.percentileMicros(99)).isEqualTo(99);
        assertThat(h.percentileMicros(100)).isEqualTo(100);
        assertThat(h.minMicros()).isEqualTo(1);
        assertThat(h.maxMicros()).isEqualTo(100);
    }

    @Test
    void percentilesOfAUniformSpreadAreWithinTheBucketPrecision() {
        LatencyHistogram h = new LatencyHistogram();
        for (int v = 1; v <= 1_000_000; v++) {
            h.recordMicros(v);
        }

        assertThat((double) h.percentileMicros(50)).isCloseTo(500_000, within(500_000 * 0.016));
        assertThat((double) h.percentileMicros(99)).isCloseTo(990_000, within(990_000 * 0.016));
        assertThat((double) h.percentileMicros(99.9)).isCloseTo(999_000, within(999_000 * 0.016));
        assertThat(h.maxMicros()).isEqualTo(1_000_000);
        assertThat(h.percentileMicros(100)).isEqualTo(1_000_000);
    }

    @Test
    void percentilesNeverUnderstateAndMatchSortedSamples() {
        SplittableRandom random = new SplittableRandom(42);
        long[] samples = new long[200_000];
        LatencyHistogram h = new LatencyHistogram();
        for (int i = 0; i < samples.length; i++) {
            // long-tailed, like real ACK latencies: mostly sub-millisecond, some tens of milliseconds
            samples[i] = (long) (200 * Math.exp(random.nextDouble() * 6));
            h.recordMicros(samples[i]);
        }
        Arrays.sort(samples);

        for (double p : new double[] {50, 90, 99, 99.9, 99.99}) {
            long exact = samples[(int) Math.ceil(p / 100 * samples.length) - 1];
            assertThat(h.percentileMicros(p)).as("p%s", p)
                    .isGreaterThanOrEqualTo(exact)
                    .isLessThanOrEqualTo((long) (exact * 1.016) + 1);
        }
    }

    @Test
    void recordsNanosecondsAsMicroseconds() {
        LatencyHistogram h = new LatencyHistogram();
        h.recordNanos(1_234_567);

        assertThat(h.maxMicros()).isEqualTo(1_234);
    }

    @Test
    void hugeAndNegativeValuesAreClampedInsteadOfFailing() {
        LatencyHistogram h = new LatencyHistogram();
        h.recordMicros(-5);
        h.recordMicros(Long.MAX_VALUE);

        assertThat(h.count()).isEqualTo(2);
        assertThat(h.percentileMicros(1)).isZero();
        assertThat(h.percentileMicros(100)).isEqualTo(h.maxMicros()).isPositive();
    }

    @Test
    void mergesTheHistogramsOfSeveralLoops() {
        LatencyHistogram a = new LatencyHistogram();
        LatencyHistogram b = new LatencyHistogram();
        for (int v = 1; v <= 50; v++) {
            a.recordMicros(v);
            b.recordMicros(v + 50);
        }

        a.add(b);

        assertThat(a.count()).isEqualTo(100);
        assertThat(a.percentileMicros(50)).isEqualTo(50);
        assertThat(a.maxMicros()).isEqualTo(100);
        assertThat(a.minMicros()).isEqualTo(1);
    }

    @Test
    void bucketsAreContiguous() {
        int previous = -1;
        for (long v = 0; v < 1_000_000; v++) {
            int index = LatencyHistogram.index(v);
            assertThat(index).isBetween(previous, previous + 1);
            previous = index;
        }
    }
}
