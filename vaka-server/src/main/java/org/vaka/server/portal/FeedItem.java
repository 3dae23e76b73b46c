package org.vaka.server.portal;

import java.time.Instant;

/**
 * One line of a customer's notifications feed.
 *
 * @param source {@code ALARM} for one of the site's alarms, {@code MESSAGE} for an SMS or e-mail the centre sent
 * @param reason for an alarm its kind ({@code BURGLARY}, {@code FIRE}, ...); for a message why it was sent
 *               ({@code ALARM_CANCELLED}, {@code MAINS_LOST}, {@code MAINS_RESTORED}, {@code TEST_REPORT}, ...)
 * @param status for an alarm {@code OPEN}, {@code TAKEN} or {@code CLOSED}; for a message null
 */
public record FeedItem(String id, String source, long siteId, String siteName, Instant at, String reason, String text,
                       String status) {
}
