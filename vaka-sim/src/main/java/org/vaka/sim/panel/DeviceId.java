package org.vaka.sim.panel;

import java.util.regex.Pattern;

/** Device ids end up as a level of an MQTT topic, so they must not carry separators or wildcards. */
final class DeviceId {

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private DeviceId() {
    }

    static String checked(String id) {
        if (id == null || !ALLOWED.matcher(id).matches()) {
            throw new IllegalArgumentException("a device id is 1-32 letters, digits, '-' or '_': " + id);
        }
        return id;
    }
}
