package org.vaka.protocol.event;

/**
 * A Contact ID event code.
 *
 * @param event    the three digits XYZ, e.g. "130"
 * @param meaning  short English description of the new-event form (qualifier 1)
 * @param category routing class
 */
public record ContactIdCode(String event, String meaning, EventCategory category) {
}
