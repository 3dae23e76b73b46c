package org.vaka.server.devices;

/** The MQTT side as people and tests see it: is the server connected, how many panels are online, on which port. */
public interface DeviceBroker {

    boolean connected();

    int panelsOnline();

    /** The embedded broker's port; 0 when an external broker is used. */
    int embeddedPort();

    /** Commands sent and not yet answered. */
    int commandsPending();
}
