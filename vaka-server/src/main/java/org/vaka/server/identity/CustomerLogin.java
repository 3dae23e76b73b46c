package org.vaka.server.identity;

import java.time.Instant;

/** One of a customer's logins as its owner sees it in the list: never the password's hash. */
public record CustomerLogin(long id, String email, CustomerRole role, Instant createdAt) {
}
