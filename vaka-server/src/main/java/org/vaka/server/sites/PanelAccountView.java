package org.vaka.server.sites;

import java.time.Instant;

/** A panel account as shown to people and tools: everything but the key and the broker password themselves. */
public record PanelAccountView(long id, String account, String receiver, String line, boolean encrypted,
                               Integer keyBits, String keyFormat, int supervisionSeconds, long siteId,
                               String siteName, boolean brokerLogin, Instant createdAt, Instant updatedAt) {
}
