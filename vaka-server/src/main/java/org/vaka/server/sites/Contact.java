package org.vaka.server.sites;

/** A contact person of a site, called in the order of {@code position} (1 first). */
public record Contact(int position, String name, String phone) {
}
