/**
 * What the panels say: SIA DC-03 event codes, Ademco Contact ID, and {@link org.vaka.protocol.event.AlarmEvent},
 * the one shape both are normalised into. Decoding never throws on odd data; unknown codes are kept raw and
 * flagged, because an alarm we cannot name must still reach an operator.
 */
package org.vaka.protocol.event;
