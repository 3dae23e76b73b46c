package org.vaka.protocol.mqtt;

/**
 * Why a command did not happen. The panel answers with the first group; the receiving centre adds the last
 * group when the panel never could answer.
 */
public enum Refusal {
    /** A zone is open at arming; the result names the open zones. */
    NOT_READY,
    WRONG_CODE,
    CODE_REQUIRED,
    /** Smart plugs and temperature work only while the panel is on Ethernet (not on GSM alone). */
    ETHERNET_REQUIRED,
    /** No plug or lock with that id at this panel. */
    UNKNOWN_DEVICE,
    /** The command cannot apply in the panel's present state (e.g. arming while triggered). */
    NOT_ALLOWED,
    /** The panel could not read the command. */
    INVALID_COMMAND,

    PANEL_OFFLINE,
    TIMED_OUT,
    BROKER_UNAVAILABLE
}
