package org.vaka.server.sites;

import java.time.Instant;

/** A site's new activation code, shown once to the administrator who issued it; never stored in this form. */
public record IssuedActivationCode(long siteId, String code, Instant expiresAt) {

    @Override
    public String toString() {
        return "IssuedActivationCode[site " + siteId + ", until " + expiresAt + "]"; // never the code
    }
}
