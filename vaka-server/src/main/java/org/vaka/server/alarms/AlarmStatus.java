package org.vaka.server.alarms;

/** Where an alarm is in the operators' hands. "Restored" (the panel says the condition ended) is a separate fact. */
public enum AlarmStatus {
    OPEN, TAKEN, CLOSED
}
