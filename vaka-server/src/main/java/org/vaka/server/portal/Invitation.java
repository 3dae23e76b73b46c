package org.vaka.server.portal;

import java.time.Instant;

import org.vaka.server.identity.CustomerRole;

/** An invitation as the inviter sees it: who, with which rights, until when. Never the link's token. */
public record Invitation(long id, String name, String phone, CustomerRole role, Instant createdAt, Instant expiresAt,
                         Instant acceptedAt) {
}
