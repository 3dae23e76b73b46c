package org.vaka.sim.mqtt;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Keeps what a link told its observer. */
final class RecordingObserver implements LinkObserver {

    final Queue<String> started = new ConcurrentLinkedQueue<>();
    final Queue<Throwable> endedBecause = new ConcurrentLinkedQueue<>();
    final Queue<Integer> endedByOwner = new ConcurrentLinkedQueue<>();
    final Queue<BrokerRefusedException> refusals = new ConcurrentLinkedQueue<>();
    final Queue<Throwable> unreachable = new ConcurrentLinkedQueue<>();

    @Override
    public void sessionStarted(String clientId) {
        started.add(clientId);
    }

    @Override
    public void sessionEnded(String clientId, Throwable cause) {
        if (cause == null) {
            endedByOwner.add(1);
        } else {
            endedBecause.add(cause);
        }
    }

    @Override
    public void refused(String clientId, BrokerRefusedException refusal) {
        refusals.add(refusal);
    }

    @Override
    public void unreachable(String clientId, Throwable cause) {
        unreachable.add(cause);
    }
}
