package org.vaka.protocol.mqtt;

/** What a panel can be told to do over MQTT. */
public enum CommandType {
    ARM_AWAY(false),
    ARM_HOME(false),
    DISARM(false),
    PLUG_ON(true),
    PLUG_OFF(true),
    LOCK(true),
    UNLOCK(true);

    private final boolean needsTarget;

    CommandType(boolean needsTarget) {
        this.needsTarget = needsTarget;
    }

    /** Plug and lock commands name the device they are for. */
    public boolean needsTarget() {
        return needsTarget;
    }

    public boolean forPlug() {
        return this == PLUG_ON || this == PLUG_OFF;
    }

    public boolean forLock() {
        return this == LOCK || this == UNLOCK;
    }
}
