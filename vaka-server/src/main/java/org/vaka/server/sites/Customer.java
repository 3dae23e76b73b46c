package org.vaka.server.sites;

/** Who holds the alarm agreement: one customer may have several sites. The number is unique within the tenant. */
public record Customer(String number, String name, String mobile, String email) {
}
