package org.vaka.server.alarms;

/** How an operator closed an alarm. */
public enum Resolution {
    FALSE_ALARM, CANCELLED_BY_CUSTOMER, GUARD_DISPATCHED, EMERGENCY_SERVICES, TECHNICAL_FAULT, TEST, OTHER
}
