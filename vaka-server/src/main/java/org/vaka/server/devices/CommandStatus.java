package org.vaka.server.devices;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

public enum CommandStatus {
    PENDING, SUCCEEDED, FAILED;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
