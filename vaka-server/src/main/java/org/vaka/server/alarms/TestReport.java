package org.vaka.server.alarms;

import java.time.Instant;
import java.util.List;

/**
 * What a site sent during a test: every signal in the test period, in order. Made when the test ends, together
 * with a call-back task in the queue, so the operator goes through it with the customer.
 *
 * @param reportedAt      empty while the test is still running
 * @param callbackAlarmId the call-back task in the queue, once made
 */
public record TestReport(SiteMode mode, List<Received> signals, Instant reportedAt, Long callbackAlarmId) {

    public record Received(long signalId, String code, String meaning, String zone, boolean restore, Instant receivedAt) {
    }
}
