package org.vaka.protocol.event;

/** Which encoding an event came in. LINK_TEST is reserved for callers that record link tests as events;
 *  {@link EventDecoder} itself returns no events for NULL messages. */
public enum EventFormat { SIA_DCS, CONTACT_ID, LINK_TEST }
