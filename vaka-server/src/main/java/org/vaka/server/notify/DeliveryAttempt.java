package org.vaka.server.notify;

import java.time.Instant;

/**
 * One try at handing a message to its provider: {@code outcome} SENT, RETRY or REFUSED, and {@code detail}, what
 * the provider answered or the error (never credentials).
 */
public record DeliveryAttempt(long notificationId, Instant at, String outcome, String detail) {
}
