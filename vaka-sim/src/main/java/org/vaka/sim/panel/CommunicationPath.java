package org.vaka.sim.panel;

/** The panel's ways out, in order of preference: the home's broadband first, the built-in GSM as backup. */
public enum CommunicationPath {
    ETHERNET,
    GSM
}
