package org.vaka.protocol.event;

/** What kind of concern an event is, for routing and priority. */
public enum EventCategory {
    FIRE, PANIC, DURESS, MEDICAL, BURGLARY, TAMPER, TECHNICAL, SUPERVISION, OPENING_CLOSING, TEST, OTHER
}
