package org.vaka.server.sites;

/** What a zone's detector is, so the operator can picture the alarm. */
public enum ZoneType {
    DOOR, WINDOW, MOTION, SMOKE, WATER, PANIC, CAMERA
}
