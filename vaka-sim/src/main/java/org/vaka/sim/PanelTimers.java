package org.vaka.sim;

import java.util.Arrays;

/**
 * The next deadline of every panel of an event loop (send time, reply timeout or reconnect time), as a binary
 * min-heap that stores its position in the panel. A panel has at most one deadline at a time, so rescheduling
 * moves it instead of piling up entries, and nothing is allocated per frame.
 */
final class PanelTimers {

    private VirtualPanel[] heap = new VirtualPanel[64];
    private int size;

    void schedule(VirtualPanel panel, long deadlineNanos) {
        panel.deadline = deadlineNanos;
        if (panel.heapIndex < 0) {
            if (size == heap.length) {
                heap = Arrays.copyOf(heap, size * 2);
            }
            panel.heapIndex = size;
            heap[size++] = panel;
            up(panel.heapIndex);
        } else {
            int i = panel.heapIndex;
            up(i);
            down(panel.heapIndex);
        }
    }

    void cancel(VirtualPanel panel) {
        int i = panel.heapIndex;
        if (i < 0) {
            return;
        }
        VirtualPanel last = heap[--size];
        heap[size] = null;
        panel.heapIndex = -1;
        if (i < size) {
            heap[i] = last;
            last.heapIndex = i;
            up(i);
            down(last.heapIndex);
        }
    }

    /** The panel whose deadline comes first, or null when none waits. */
    VirtualPanel first() {
        return size == 0 ? null : heap[0];
    }

    boolean isEmpty() {
        return size == 0;
    }

    private void up(int i) {
        VirtualPanel p = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            VirtualPanel q = heap[parent];
            if (q.deadline <= p.deadline) {
                break;
            }
            heap[i] = q;
            q.heapIndex = i;
            i = parent;
        }
        heap[i] = p;
        p.heapIndex = i;
    }

    private void down(int i) {
        VirtualPanel p = heap[i];
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            VirtualPanel c = heap[child];
            int right = child + 1;
            if (right < size && heap[right].deadline < c.deadline) {
                child = right;
                c = heap[child];
            }
            if (p.deadline <= c.deadline) {
                break;
            }
            heap[i] = c;
            c.heapIndex = i;
            i = child;
        }
        heap[i] = p;
        p.heapIndex = i;
    }
}
