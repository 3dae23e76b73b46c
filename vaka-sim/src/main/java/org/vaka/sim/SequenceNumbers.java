package org.vaka.sim;

/**
 * DC-09 sequence numbers as a panel uses them: 0001..9999, then round to 0001 (0000 is what supervision frames
 * and NAKs carry, so a message never uses it). The texts are made once so comparing a reply's sequence costs no
 * formatting.
 */
final class SequenceNumbers {

    static final int FIRST = 1;
    static final int LAST = 9999;
    private static final String[] TEXT = new String[LAST + 1];

    static {
        for (int i = 0; i <= LAST; i++) {
            TEXT[i] = String.format("%04d", i);
        }
    }

    private SequenceNumbers() {
    }

    static int next(int sequence) {
        return sequence >= LAST ? FIRST : sequence + 1;
    }

    static String text(int sequence) {
        return TEXT[sequence];
    }
}
