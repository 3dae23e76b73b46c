package org.vaka.server.portal.contact;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** What the two kinds of change share: their names in the {@code contact_change} table and the time format. */
final class ContactChange {

    static final String EMAIL = "EMAIL";
    static final String MOBILE = "MOBILE";

    private ContactChange() {
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
