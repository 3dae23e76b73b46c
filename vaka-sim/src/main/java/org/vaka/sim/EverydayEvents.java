package org.vaka.sim;

import java.util.List;

/**
 * What an ordinary panel reports in a day, in the order a panel rotates through it. Mostly periodic tests and
 * arming/disarming, now and then an alarm with its restore and a battery trouble, so the server's load resembles
 * a real night rather than a flood of one code. Each panel starts at a different place in the rotation.
 */
final class EverydayEvents {

    static final List<String> ROTATION = List.of(
            "Nri1/RP0000",  // periodic test
            "Nri1/CL0002",  // armed by user 2
            "Nri1/OP0002",  // disarmed by user 2
            "Nri1/RP0000",
            "Nri1/BA03",    // burglary alarm, zone 3
            "Nri1/BR03",    // ... and its restore
            "Nri1/CL0001",
            "Nri1/OP0001",
            "Nri1/YT0000",  // system battery low
            "Nri1/YR0000"); // ... restored

    private EverydayEvents() {
    }

    /** The DC-03 data block of one event, with the account inside as panels put it. */
    static String data(String account, int rotationIndex) {
        return "#" + account + "|" + ROTATION.get(Math.floorMod(rotationIndex, ROTATION.size()));
    }
}
